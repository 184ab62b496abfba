package org.centralita.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioFilesTest {

    @TempDir
    Path dir;

    @Test
    void shouldWriteTelephoneWavAtEightKilohertzSixteenBitMono() throws Exception {
        Path wav = dir.resolve("tone.wav");

        AudioFiles.writeTelephoneWav(ResamplerTest.tone(440, 16000, 0.5), wav);

        AudioFileFormat written = AudioSystem.getAudioFileFormat(wav.toFile());
        assertThat(written.getType()).isEqualTo(AudioFileFormat.Type.WAVE);
        AudioFormat format = written.getFormat();
        assertThat(format.getSampleRate()).isEqualTo(8000f);
        assertThat(format.getSampleSizeInBits()).isEqualTo(16);
        assertThat(format.getChannels()).isEqualTo(1);
        assertThat(written.getFrameLength()).isEqualTo(4000);
    }

    @Test
    void shouldReadBackWhatItWrote() throws IOException {
        SpeechAudio tone = ResamplerTest.tone(440, 8000, 0.25);
        Path wav = dir.resolve("tone.wav");
        AudioFiles.writeWav(tone, wav);

        assertThat(AudioFiles.readWav(wav)).isEqualTo(tone);
    }

    @Test
    void shouldWriteSln16AsRawSixteenKilohertzLittleEndian() throws IOException {
        Path sln = dir.resolve("tone.sln16");

        AudioFiles.writeSln16(ResamplerTest.tone(440, 8000, 0.5), sln);

        byte[] bytes = Files.readAllBytes(sln);
        assertThat(bytes).hasSize(16000 * 2 / 2);
        SpeechAudio back = AudioFiles.fromPcmBytes(bytes, 16000, false);
        assertThat(back.rms()).isCloseTo(ResamplerTest.tone(440, 8000, 0.5).rms(),
                org.assertj.core.data.Percentage.withPercentage(3));
    }

    @Test
    void shouldNameAMissingFile() {
        Path missing = dir.resolve("missing.wav");

        assertThatThrownBy(() -> AudioFiles.readWav(missing))
                .isInstanceOf(AudioFileException.class)
                .hasMessage(missing + ": no such audio file");
    }

    @Test
    void shouldNameAFileThatIsNoWav() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.wav"), "these are not samples");

        assertThatThrownBy(() -> AudioFiles.readWav(text))
                .isInstanceOf(AudioFileException.class)
                .hasMessageStartingWith(text + ": not a WAV file");
    }

    @Test
    void shouldNameAnUnsupportedFormat() throws IOException {
        Path stereo = dir.resolve("stereo.wav");
        AudioFormat format = new AudioFormat(8000, 16, 2, true, false);
        byte[] silence = new byte[8000 * 4];
        AudioSystem.write(new javax.sound.sampled.AudioInputStream(new java.io.ByteArrayInputStream(silence), format,
                8000), AudioFileFormat.Type.WAVE, stereo.toFile());

        assertThatThrownBy(() -> AudioFiles.readWav(stereo))
                .isInstanceOf(AudioFileException.class)
                .hasMessage(stereo + ": unsupported format: 2 channels (expected mono)");
    }
}
