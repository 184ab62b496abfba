package org.centralita.runtime.speech;

/**
 * Prompt audio served over HTTP ({@code speech.media.http}), for an Asterisk that does not share
 * the media directory: it plays {@code http://} names through res_http_media_cache.
 *
 * @param enabled whether the media server runs and STREAM FILE gets URLs
 * @param bind the address the media server listens on
 * @param port its port (0 = any free port, for tests)
 * @param baseUrl how Asterisk reaches it, up to {@code /media} (a file name is appended)
 */
public record MediaHttp(boolean enabled, String bind, int port, String baseUrl) {

    public static MediaHttp disabled() {
        return new MediaHttp(false, "0.0.0.0", 8089, "http://127.0.0.1:8089/media");
    }

    /** The URL of a published file, e.g. {@code http://ivr1:8089/media/6d6d...wav}. */
    public String urlOf(String fileName) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + fileName;
    }
}
