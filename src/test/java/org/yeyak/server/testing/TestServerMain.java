package org.yeyak.server.testing;

import org.yeyak.server.ServerConfig;
import org.yeyak.server.YeyakServer;

/**
 * A server process for tests that must kill one: the real server with the {@link TestCitizenGate}
 * (test class path only). Takes the same options as {@code ServerMain} and prints the same
 * {@code listening on URL} line.
 */
public final class TestServerMain {
    private TestServerMain() {
    }

    public static void main(String[] args) {
        YeyakServer server = YeyakServer.start(ServerConfig.parse(args), TestCitizenGate::new);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("Yeyak server listening on " + server.url());
        System.out.flush();
    }
}
