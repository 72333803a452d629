package org.attest.app;

/** Entry point of the {@code attest} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("attest");
    }
}
