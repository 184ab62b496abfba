"""Reading and writing the Sphinx-3 binary model files (mixture_weights, means, variances) with numpy."""
import struct

import numpy as np

MAGIC = 0x11223344


def _body(path):
    data = open(path, 'rb').read()
    start = data.index(b'endhdr\n') + len(b'endhdr\n')
    if struct.unpack_from('<I', data, start)[0] != MAGIC:
        raise ValueError(path + ': not a little-endian Sphinx-3 file')
    return data, start + 4


def read_mixture_weights(path):
    """The weights as [senone][stream][density], as stored (Sphinx4 normalizes them when it loads them)."""
    data, at = _body(path)
    senones, streams, densities, total = struct.unpack_from('<iiii', data, at)
    values = np.frombuffer(data, dtype='<f4', count=total, offset=at + 16)
    return values.reshape(senones, streams, densities)


def write_mixture_weights(path, weights):
    weights = np.ascontiguousarray(weights, dtype='<f4')
    with open(path, 'wb') as out:
        out.write(b's3\nversion 1.0\nendhdr\n')
        out.write(struct.pack('<I', MAGIC))
        out.write(struct.pack('<iiii', *weights.shape, weights.size))
        out.write(weights.tobytes())


def read_gaussians(path):
    """Means or variances as [codebook][stream][density][dimension]."""
    data, at = _body(path)
    codebooks, streams, densities = struct.unpack_from('<iii', data, at)
    at += 12
    lengths = struct.unpack_from('<%di' % streams, data, at)
    at += 4 * streams
    if len(set(lengths)) != 1:
        raise ValueError(path + ': streams of different lengths')
    total = struct.unpack_from('<i', data, at)[0]
    values = np.frombuffer(data, dtype='<f4', count=total, offset=at + 4)
    return values.reshape(codebooks, streams, densities, lengths[0])


def read_mdef(path):
    """The header lines (kept as text) and the model lines split into fields."""
    header, models = [], []
    for line in open(path):
        fields = line.split()
        if line.startswith('#') or len(fields) < 10:
            header.append(line)
        else:
            models.append(fields)
    return header, models
