package org.crosscheck.faults;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.ProtocolFamily;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;
import java.util.List;

/**
 * Refuses and records every way a JDK 17 program can open a network socket, without a SecurityManager (deprecated
 * for removal in 17):
 * <ul>
 *   <li>{@link java.net.Socket} and {@link java.net.ServerSocket}: {@code Socket.setSocketImplFactory} and
 *   {@code ServerSocket.setSocketFactory} (the classic I/O path, also under {@code HttpURLConnection});</li>
 *   <li>{@link java.net.DatagramSocket}: {@code DatagramSocket.setDatagramSocketImplFactory};</li>
 *   <li>NIO channels ({@code SocketChannel}, {@code ServerSocketChannel}, {@code DatagramChannel}, used by
 *   {@code java.net.http.HttpClient}): this class is also the {@link SelectorProvider}, installed with
 *   {@code -Djava.nio.channels.spi.SelectorProvider} before anything asks for the default one;</li>
 *   <li>URL connections ask the {@link ProxySelector} first, so a refusing one names the URL.</li>
 * </ul>
 * What it cannot see is native code opening sockets itself (a name lookup inside the C library); no Java-level
 * hook can, which is why the session below also checks that no lookup result was ever asked for through Java.
 */
public final class NetworkGuard extends SelectorProvider {

    private static final SelectorProvider SYSTEM = sun();
    private static final List<String> ATTEMPTS = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The JDK's own provider, for the pipes and selectors that are not network (needs sun.nio.ch exported). */
    private static SelectorProvider sun() {
        try {
            return (SelectorProvider) Class.forName("sun.nio.ch.DefaultSelectorProvider").getMethod("get").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot reach the JDK's own selector provider", e);
        }
    }

    /** Installs the classic-I/O hooks and the proxy selector (the NIO hook is installed by system property). */
    @SuppressWarnings("deprecation")
    static void install() throws IOException {
        Socket.setSocketImplFactory(() -> {
            throw refused("java.net.Socket");
        });
        ServerSocket.setSocketFactory(() -> {
            throw refused("java.net.ServerSocket");
        });
        DatagramSocket.setDatagramSocketImplFactory(() -> {
            throw refused("java.net.DatagramSocket");
        });
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                throw refused("a URL connection to " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        });
    }

    /** Every attempt so far, each with where it came from. */
    static List<String> attempts() {
        return List.copyOf(ATTEMPTS);
    }

    private static SecurityException refused(String what) {
        var error = new SecurityException("network refused: " + what);
        var where = new java.io.StringWriter();
        error.printStackTrace(new java.io.PrintWriter(where));
        ATTEMPTS.add(where.toString());
        return error;
    }

    @Override
    public DatagramChannel openDatagramChannel() {
        throw refused("DatagramChannel");
    }

    @Override
    public DatagramChannel openDatagramChannel(ProtocolFamily family) {
        throw refused("DatagramChannel");
    }

    @Override
    public Pipe openPipe() throws IOException {
        return SYSTEM.openPipe();
    }

    @Override
    public AbstractSelector openSelector() throws IOException {
        return SYSTEM.openSelector();
    }

    @Override
    public ServerSocketChannel openServerSocketChannel() {
        throw refused("ServerSocketChannel");
    }

    @Override
    public SocketChannel openSocketChannel() {
        throw refused("SocketChannel");
    }

    @Override
    public SocketChannel openSocketChannel(ProtocolFamily family) {
        throw refused("SocketChannel");
    }

    @Override
    public ServerSocketChannel openServerSocketChannel(ProtocolFamily family) {
        throw refused("ServerSocketChannel");
    }
}
