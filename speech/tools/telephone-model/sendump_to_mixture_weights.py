"""Writes a model's mixture_weights (what Sphinx4 reads) from its sendump (what pocketsphinx reads).

A sendump holds each weight as one byte v, the weight being 1.0001 ** -(v << shift) (pocketsphinx's
quantized logarithm), laid out [stream][density][senone]. On CMU's 16 kHz en-us model, which ships both
files, the weights written from its sendump agree with its mixture_weights to within that quantization
(correlation of the log weights 0.99995).

Usage: python3 sendump_to_mixture_weights.py SENDUMP OUT
"""
import math
import struct
import sys

import numpy as np

import s3files


def read_sendump(path):
    data = open(path, 'rb').read()
    at = 0

    def integer():
        nonlocal at
        value = struct.unpack_from('<i', data, at)[0]
        at += 4
        return value

    for _ in range(2):  # the title and the format description
        length = integer()
        at += length
    header = {}
    while True:
        length = integer()
        if length == 0:
            break
        key, _, value = data[at:at + length].rstrip(b'\0').decode().partition(' ')
        header[key] = value
        at += length
    if int(header.get('cluster_count', 0)) != 0:
        raise ValueError(path + ': clustered sendump files are not supported')
    streams = int(header['feature_count'])
    shift = int(header.get('mixw_shift', 10))
    densities, senones = integer(), integer()
    if at + streams * densities * senones != len(data):
        raise ValueError(path + ': unexpected size')
    quantized = np.frombuffer(data, dtype=np.uint8, count=streams * densities * senones, offset=at)
    weights = np.exp(-quantized.astype(np.float64) * (1 << shift) * math.log(1.0001))
    return weights.reshape(streams, densities, senones).transpose(2, 0, 1)


if __name__ == '__main__':
    weights = read_sendump(sys.argv[1])
    s3files.write_mixture_weights(sys.argv[2], weights)
    print('%d senones, %d streams, %d densities' % weights.shape)
