"""Ties the context-dependent states of CMU's en-us 8 kHz model anew, for the words of a frame dump.

The model as copied has no mdef (the file that says which senone each triphone state uses). Its senones
are numbered as SphinxTrain numbers them: the 126 context-independent ones first (3 per phone, phones in
the order of the mdef), then the tied ones in one contiguous run per phone and state, in the same order.
So:

1. ranges: which run each tied senone belongs to is estimated from the mixture weights alone (a phonetically
   tied mixture senone weighs its phone's codebook much as that phone's context-independent senone of the
   same state does): the best split of the senones into the 117 runs, in order, by dynamic programming on the
   cross-entropy to each run's context-independent senone. On CMU's 16 kHz en-us model, whose mdef is known,
   this puts 4,953 of its 5,000 tied senones in the right run.
2. choice: every triphone state seen in the frame dump (FrameDump: frames of digit recordings aligned by the
   model, one line per frame) gets the senone of its run under which its frames are most likely (the phone's
   codebook, diagonal Gaussians, variances floored at 1e-4, weights at 1e-7, as Sphinx4 scores them); states
   with fewer than MIN_FRAMES frames are left out.
3. mdef: every triphone of TEMPLATE_MDEF (CMU's 16 kHz en-us mdef: the same phones and triphones) uses its
   chosen senones; a word-initial triphone not seen with its left context takes the one seen after silence,
   a word-final one not seen with its right context the one seen before silence, anything else the
   context-independent senones.

Usage: python3 tie_states.py MODEL_DIR TEMPLATE_MDEF FRAMES OUT_MDEF [MIN_FRAMES=20]
"""
import collections
import sys

import numpy as np

import s3files

STATES = 3
FILLERS = {'SIL', '+NSN+', '+SPN+'}
POSITIONS = {'BEGIN': 'b', 'END': 'e', 'INTERNAL': 'i', 'SINGLE': 's'}


def context_independent(models):
    senones, codebooks, order = {}, {}, []
    for fields in models:
        if fields[1] == '-':
            senones[fields[0]] = [int(s) for s in fields[6:6 + STATES]]
            codebooks[fields[0]] = int(fields[5])
            if fields[0] not in FILLERS:
                order.extend((fields[0], state) for state in range(STATES))
    return senones, codebooks, order


def ranges(log_weights, weights, ci_senones, runs):
    """The run (phone, state) of each tied senone: the best monotone split by dynamic programming."""
    first = 1 + max(max(senones) for senones in ci_senones.values())
    references = np.stack([log_weights[ci_senones[phone][state]] for phone, state in runs])
    tied = range(first, len(weights))
    cost = np.array([-(weights[s][None] * references).sum(axis=(1, 2)) for s in tied])
    total = np.full((len(cost) + 1, len(runs) + 1), np.inf)
    total[0, 0] = 0
    starts = np.zeros(total.shape, dtype=bool)
    for i in range(1, len(cost) + 1):
        stay, start = total[i - 1, 1:], total[i - 1, :-1]
        starts[i, 1:] = start < stay
        total[i, 1:] = np.minimum(start, stay) + cost[i - 1]
    run, owner = len(runs), {}
    for i in range(len(cost), 0, -1):
        owner[first + i - 1] = runs[run - 1]
        if starts[i, run]:
            run -= 1
    members = collections.defaultdict(list)
    for senone, key in owner.items():
        members[key].append(senone)
    return members


def log_likelihoods(frames, means, variances, log_weights, codebook, candidates):
    total = np.zeros(len(candidates))
    length = means.shape[-1]
    for stream in range(means.shape[1]):
        x = frames[:, stream * length:(stream + 1) * length]
        mu, var = means[codebook, stream], variances[codebook, stream]
        gaussians = (-0.5 * (((x[:, None, :] - mu[None]) ** 2) / var[None]).sum(-1)
                     - 0.5 * np.log(2 * np.pi * var).sum(-1)[None])
        for j, senone in enumerate(candidates):
            scores = gaussians + log_weights[senone, stream][None]
            top = scores.max(axis=1, keepdims=True)
            total[j] += (top[:, 0] + np.log(np.exp(scores - top).sum(axis=1))).sum()
    return total


def main(model, template, frames_path, out, min_frames=20):
    weights = s3files.read_mixture_weights(model + '/mixture_weights').astype(np.float64)
    weights = np.maximum(weights / weights.sum(axis=-1, keepdims=True), 1e-7)
    log_weights = np.log(weights)
    means = s3files.read_gaussians(model + '/means').astype(np.float64)
    variances = np.maximum(s3files.read_gaussians(model + '/variances').astype(np.float64), 1e-4)
    header, models = s3files.read_mdef(template)
    ci_senones, codebooks, runs = context_independent(models)
    members = ranges(log_weights, weights, ci_senones, runs)
    frames = collections.defaultdict(list)
    for line in open(frames_path):
        fields = line.split()
        base, left, right, position, state = fields[0], fields[1], fields[2], fields[3], int(fields[4])
        if base in FILLERS or left == '-':
            continue
        key = (base, left, right, POSITIONS.get(position, position), state)
        frames[key].append(np.array(fields[6:], dtype=np.float64))
    chosen = {}
    for key, rows in sorted(frames.items()):
        if len(rows) < min_frames:
            continue
        base, state = key[0], key[4]
        candidates = members[(base, state)]
        scores = log_likelihoods(np.stack(rows), means, variances, log_weights, codebooks[base], candidates)
        chosen[key] = candidates[int(np.argmax(scores))]
    print('%d triphone states seen with %d frames or more' % (len(chosen), min_frames))
    given = 0
    with open(out, 'w') as mdef:
        mdef.writelines(header)
        for fields in models:
            base, left, right, position = fields[:4]
            if left != '-':
                senones = []
                for state in range(STATES):
                    senone = chosen.get((base, left, right, position, state))
                    if senone is None and position == 'b':
                        senone = chosen.get((base, 'SIL', right, position, state))
                    if senone is None and position == 'e':
                        senone = chosen.get((base, left, 'SIL', position, state))
                    if senone is None:
                        senone = ci_senones[base][state]
                    else:
                        given += 1
                    senones.append(str(senone))
                fields = fields[:6] + senones + fields[6 + STATES:]
            mdef.write(' '.join(fields) + '\n')
    print('%d triphone states of the mdef given a chosen senone' % given)


if __name__ == '__main__':
    main(*sys.argv[1:5], *(int(a) for a in sys.argv[5:6]))
