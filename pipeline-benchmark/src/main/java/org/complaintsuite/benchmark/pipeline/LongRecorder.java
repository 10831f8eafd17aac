package org.complaintsuite.benchmark.pipeline;

import java.util.Arrays;

/** A growable list of measurements that many sending threads append to. */
final class LongRecorder {

    private long[] values = new long[1024];
    private int size;

    synchronized void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    synchronized long[] toArray() {
        return Arrays.copyOf(values, size);
    }

    synchronized int size() {
        return size;
    }
}
