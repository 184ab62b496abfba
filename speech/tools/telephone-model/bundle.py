"""Writes the telephone model as the speech jar bundles it: only the triphones that use a tied senone, only the
senones the mdef then uses, renumbered in order (the context-independent ones keep their numbers, then the tied
ones, then copies of the context-independent ones that those triphones use), their mixture weights, and the
model's other files as copied.

Usage: python3 bundle.py MODEL_DIR MDEF OUT_DIR
"""
import os
import shutil
import sys

import s3files

COPIED = ['README', 'feat.params', 'means', 'variances', 'transition_matrices', 'noisedict']


def main(model, mdef_path, out):
    os.makedirs(out, exist_ok=True)
    header, models = s3files.read_mdef(mdef_path)
    ci = [int(s) for fields in models if fields[1] == '-' for s in fields[6:9]]
    first_tied = max(ci) + 1
    # A triphone whose three states all stay context-independent is left out: Sphinx4 then takes the same triphone at
    # another word position if the mdef has one, else the context-independent phone. On speech-dev every trial got the
    # same answer and confidence as with every triphone listed; the mdef is 31 KB instead of 4.2 MB, an engine 33 MB
    # instead of 78.
    triphone = [fields for fields in models
                if fields[1] != '-' and any(int(s) >= first_tied for s in fields[6:9])]
    models = [fields for fields in models if fields[1] == '-'] + triphone
    tied = sorted({int(s) for fields in triphone for s in fields[6:9] if int(s) >= first_tied})
    # Sphinx4 asserts that a triphone uses tied senones only: a triphone state left context-independent uses a copy
    # of its context-independent senone (the same weights over the same codebook).
    copied = sorted({int(s) for fields in triphone for s in fields[6:9] if int(s) < first_tied})
    order = list(range(first_tied)) + tied + copied
    number = {senone: i for i, senone in enumerate(list(range(first_tied)) + tied)}
    copy = {senone: first_tied + len(tied) + i for i, senone in enumerate(copied)}
    weights = s3files.read_mixture_weights(model + '/mixture_weights')[order]
    s3files.write_mixture_weights(out + '/mixture_weights', weights)
    with open(out + '/mdef', 'w') as mdef:
        for line in header:
            counts = {'n_tied_state': len(order), 'n_tri': len(triphone), 'n_state_map': 4 * len(models)}
            name = line.split()[1:]
            mdef.write('%d %s\n' % (counts[name[0]], name[0]) if len(name) == 1 and name[0] in counts else line)
        for fields in models:
            renumber = number if fields[1] == '-' else {**number, **copy}
            mdef.write(' '.join(fields[:6] + [str(renumber[int(s)]) for s in fields[6:9]] + fields[9:]) + '\n')
    for name in COPIED:
        shutil.copyfile(os.path.join(model, name), os.path.join(out, name))
    print('%d senones kept (%d tied, %d copies of context-independent ones)' % (len(order), len(tied), len(copied)))


if __name__ == '__main__':
    main(*sys.argv[1:4])
