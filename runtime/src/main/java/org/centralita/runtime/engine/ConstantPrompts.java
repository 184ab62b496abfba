package org.centralita.runtime.engine;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.centralita.flows.executable.PromptSpec;
import org.centralita.flows.executable.SegmentSpec;
import org.centralita.speech.support.BoundedMemo;

/**
 * The prompts that read no variable (constant text, recordings, pauses), rendered once per
 * compiled prompt and language: the same for every call. Keyed by the compiled prompt itself
 * (compiled flows are immutable), up to a bound past which it starts again. Thread-safe.
 */
final class ConstantPrompts {

    /** Rendered prompts remembered: more than the static prompts of many published flows. */
    static final int REMEMBERED = 10_000;

    private final BoundedMemo<Key, RenderedPrompt> rendered = new BoundedMemo<>(REMEMBERED);

    /** Whether the segments read no variable, so render the same for every call. */
    static boolean isConstant(List<SegmentSpec> segments) {
        for (SegmentSpec segment : segments) {
            boolean constant = segment instanceof SegmentSpec.Audio || segment instanceof SegmentSpec.Pause
                    || segment instanceof SegmentSpec.Text t && t.text().isConstant();
            if (!constant) {
                return false;
            }
        }
        return true;
    }

    /** The prompt rendered before in this language, else rendered now by {@code render}. */
    RenderedPrompt rendered(PromptSpec spec, String language, Supplier<RenderedPrompt> render) {
        return rendered.get(new Key(spec, language), key -> render.get());
    }

    /** The prompt by identity: cheap to hash, and two flows' equal prompts stay apart. */
    private static final class Key {
        private final PromptSpec spec;
        private final String language;

        Key(PromptSpec spec, String language) {
            this.spec = spec;
            this.language = language;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.spec == spec && Objects.equals(key.language, language);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(spec) + Objects.hashCode(language);
        }
    }
}
