package org.centralita.runtime.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A TCP proxy in front of a database that can be made to hang: once {@link #stall()}ed it
 * reads what either side sends and forwards nothing, as a database behind a dead network path
 * does (no error, no answer). {@link #close()} cuts every connection.
 */
final class StallingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int target;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean stalled;

    StallingProxy(int targetPort) throws IOException {
        this.target = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::accept).start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** From now on nothing gets through, in either direction. */
    void stall() {
        stalled = true;
    }

    private void accept() {
        try {
            while (true) {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                sockets.add(client);
                sockets.add(server);
                daemon(() -> pump(client, server)).start();
                daemon(() -> pump(server, client)).start();
            }
        } catch (IOException e) {
            // closed: the proxy is done
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int count;
            while ((count = in.read(buffer)) >= 0) {
                if (stalled) {
                    closed.await();
                    return;
                }
                out.write(buffer, 0, count);
            }
        } catch (IOException e) {
            // one side closed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    private static Thread daemon(Runnable body) {
        Thread thread = new Thread(body, "stalling-proxy");
        thread.setDaemon(true);
        return thread;
    }
}
