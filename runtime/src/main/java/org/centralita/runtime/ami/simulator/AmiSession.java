package org.centralita.runtime.ami.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One manager connection to the simulated Asterisk, as manager.c serves it: the banner, then
 * actions answered in order; only Login, Challenge and Logoff before logging in; a failed login
 * closes the connection; events reach the session once it is logged in.
 */
final class AmiSession implements Runnable {

    /** Asterisk 22's manager protocol version. */
    static final String BANNER = "Asterisk Call Manager/11.0.0";

    private final Socket socket;
    private final SimulatedAmi server;
    private final Object writeLock = new Object();
    private volatile boolean loggedIn;
    private String challenge;

    AmiSession(Socket socket, SimulatedAmi server) {
        this.socket = socket;
        this.server = server;
    }

    boolean loggedIn() {
        return loggedIn;
    }

    @Override
    public void run() {
        try (socket) {
            write(BANNER + "\r\n");
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            Optional<AmiMessage> action;
            while ((action = AmiMessage.read(in)).isPresent()) {
                if (!answer(action.get())) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away, or the test dropped the connection: the session ends
        } finally {
            loggedIn = false;
            server.ended(this);
        }
    }

    /** Answers one action; false when the connection must close. */
    private boolean answer(AmiMessage action) throws IOException {
        String id = action.get("ActionID", null);
        String name = action.action();
        server.received(name);
        if (name.isEmpty()) {
            send(error(id, "Missing action in request"));
            return true;
        }
        if (!loggedIn && !List.of("login", "challenge", "logoff").contains(name)) {
            send(error(id, "Permission denied"));
            return true;
        }
        switch (name) {
            case "challenge" -> send(challenge(id));
            case "login" -> {
                return login(action, id);
            }
            case "logoff" -> {
                send(AmiMessage.of("Response", "Goodbye").with("ActionID", id).with("Message", "Thanks for all the fish."));
                return false;
            }
            default -> QueueActions.answer(name, action, id, server).ifPresentOrElse(this::sendAll,
                    () -> sendQuietly(error(id, "Invalid/unknown command: " + action.get("Action", "")
                            + ". Use Action: ListCommands to show available commands.")));
        }
        return true;
    }

    private AmiMessage challenge(String id) {
        challenge = String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
        return AmiMessage.of("Response", "Success").with("ActionID", id).with("Challenge", challenge);
    }

    private boolean login(AmiMessage action, String id) throws IOException {
        boolean md5 = "md5".equalsIgnoreCase(action.get("AuthType", ""));
        String offered = md5 ? action.get("Key", "") : action.get("Secret", "");
        String expected = md5 ? md5Hex(challenge + server.secret()) : server.secret();
        if (!server.username().equals(action.get("Username", "")) || (md5 && challenge == null)
                || !expected.equalsIgnoreCase(offered)) {
            send(error(id, "Authentication failed"));
            return false;
        }
        send(AmiMessage.of("Response", "Success").with("ActionID", id).with("Message", "Authentication accepted"));
        loggedIn = true;
        send(AmiMessage.of("Event", "FullyBooted").with("Privilege", "system,all").with("Uptime", 1200)
                .with("LastReload", 1200).with("Status", "Fully Booted"));
        return true;
    }

    static AmiMessage error(String id, String message) {
        return AmiMessage.of("Response", "Error").with("ActionID", id).with("Message", message);
    }

    /** Sends an event if the session is logged in; a broken connection is left to the reader to end. */
    void event(AmiMessage event) {
        if (loggedIn) {
            sendQuietly(event);
        }
    }

    private void sendAll(List<AmiMessage> messages) {
        StringBuilder wire = new StringBuilder();
        messages.forEach(m -> wire.append(m.toWire()));
        try {
            write(wire.toString());
        } catch (IOException e) {
            close();
        }
    }

    private void sendQuietly(AmiMessage message) {
        sendAll(List.of(message));
    }

    private void send(AmiMessage message) throws IOException {
        write(message.toWire());
    }

    private void write(String text) throws IOException {
        synchronized (writeLock) {
            OutputStream out = socket.getOutputStream();
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    /** Drops the connection, as a network failure or an Asterisk restart would. */
    void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a socket that is already broken: nothing more to do
        }
    }

    private static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }
}
