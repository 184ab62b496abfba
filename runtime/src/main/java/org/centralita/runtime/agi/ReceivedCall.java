package org.centralita.runtime.agi;

import java.net.Socket;

/**
 * A FastAGI connection whose whole {@code agi_*} block has arrived: its socket (blocking again)
 * and the bytes read so far, which the session reads first.
 */
record ReceivedCall(Socket socket, byte[] received) {
}
