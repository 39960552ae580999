package uk.caredecisions.benchmarks;

import java.security.MessageDigest;
import java.util.Random;

/**
 * What the receipts' chain hash costs once compiled: SHA-256 of 5 KB (about a receipt), 200,000
 * times a round. {@code java -cp benchmarks.jar uk.caredecisions.benchmarks.ChainHashCost}
 */
public final class ChainHashCost {

    public static void main(String[] args) throws Exception {
        byte[] receipt = new byte[5_000];
        new Random(1).nextBytes(receipt);
        for (int round = 0; round < 5; round++) {
            int n = 200_000;
            long started = System.nanoTime();
            for (int i = 0; i < n; i++) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                sha.update(receipt);
                receipt[0] ^= sha.digest()[0];
            }
            long ns = System.nanoTime() - started;
            System.out.printf("%.1f us per 5 KB (%.0f MB/s)%n", ns / 1000.0 / n, 5_000.0 * n / ns * 1000);
        }
    }
}
