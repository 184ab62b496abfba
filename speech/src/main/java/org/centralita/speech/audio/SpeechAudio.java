package org.centralita.speech.audio;

import java.time.Duration;
import java.util.Arrays;

/** Mono 16-bit linear PCM samples at a sample rate: what synthesis produces and recognition consumes. */
public record SpeechAudio(short[] samples, int sampleRate) {

    public SpeechAudio {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, got " + sampleRate);
        }
        samples = samples.clone();
    }

    @Override
    public short[] samples() {
        return samples.clone();
    }

    public int length() {
        return samples.length;
    }

    public Duration duration() {
        return Duration.ofNanos(samples.length * 1_000_000_000L / sampleRate);
    }

    /** Root mean square level, 0 for silence up to 32768 for a full-scale square wave. */
    public double rms() {
        if (samples.length == 0) {
            return 0;
        }
        double sum = 0;
        for (short sample : samples) {
            sum += (double) sample * sample;
        }
        return Math.sqrt(sum / samples.length);
    }

    /** This audio at another sample rate, through the band-limited resampler. */
    public SpeechAudio resampledTo(int targetRate) {
        return targetRate == sampleRate ? this : Resampler.between(sampleRate, targetRate).resample(this);
    }

    /** This audio with silence added before and after (the recognizer's voice detection needs a lead-in). */
    public SpeechAudio padded(Duration before, Duration after) {
        int lead = (int) (before.toMillis() * sampleRate / 1000);
        int tail = (int) (after.toMillis() * sampleRate / 1000);
        short[] padded = new short[lead + samples.length + tail];
        System.arraycopy(samples, 0, padded, lead, samples.length);
        return new SpeechAudio(padded, sampleRate);
    }

    /**
     * This audio with a low, fixed-seed Gaussian noise floor added. Digital silence (exact zeros, as
     * synthesizers and padding make) has no real line's noise floor and upsets the recognizer's
     * noise estimation; the seed keeps results repeatable.
     */
    public SpeechAudio dithered(double rmsLevel) {
        if (rmsLevel <= 0) {
            return this;
        }
        java.util.Random random = new java.util.Random(samples.length);
        short[] noisy = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            double value = samples[i] + random.nextGaussian() * rmsLevel;
            noisy[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(value)));
        }
        return new SpeechAudio(noisy, sampleRate);
    }

    /**
     * This audio scaled so that its loudest sample reaches {@code peakLevel} of full scale, with the
     * gain capped at {@code maxGain}: callers reach the line at very different levels (one speaker of
     * the development set peaks at 3% of full scale), and the recognizer's voice detector, which
     * compares speech with the noise floor, then heard nothing. The cap keeps a silent line's noise
     * from being raised to speech level.
     */
    public SpeechAudio levelled(double peakLevel, double maxGain) {
        int peak = 0;
        for (short sample : samples) {
            peak = Math.max(peak, Math.abs((int) sample));
        }
        if (peak == 0) {
            return this;
        }
        double gain = Math.min(maxGain, peakLevel * Short.MAX_VALUE / peak);
        short[] scaled = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            scaled[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(samples[i] * gain)));
        }
        return new SpeechAudio(scaled, sampleRate);
    }

    /**
     * This audio with its DC offset removed: the mean of its samples subtracted from each. A line or a
     * sound card that adds a constant to every sample lifts the level of the silence around the words
     * (one speaker of the development set sits about 240 below zero), and where the audio meets the
     * recognizer's padding the step is a click.
     */
    public SpeechAudio withoutDcOffset() {
        if (samples.length == 0) {
            return this;
        }
        double sum = 0;
        for (short sample : samples) {
            sum += sample;
        }
        long offset = Math.round(sum / samples.length);
        if (offset == 0) {
            return this;
        }
        short[] centred = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            centred[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, samples[i] - offset));
        }
        return new SpeechAudio(centred, sampleRate);
    }

    /** Little-endian signed 16-bit bytes, the layout of WAV data and Asterisk's .sln files. */
    public byte[] littleEndianBytes() {
        byte[] bytes = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            bytes[2 * i] = (byte) samples[i];
            bytes[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        return bytes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SpeechAudio audio && audio.sampleRate == sampleRate
                && Arrays.equals(audio.samples, samples);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(samples) + sampleRate;
    }

    @Override
    public String toString() {
        return "SpeechAudio[" + samples.length + " samples at " + sampleRate + " Hz]";
    }
}
