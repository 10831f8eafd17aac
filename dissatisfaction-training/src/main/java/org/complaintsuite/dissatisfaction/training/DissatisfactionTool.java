package org.complaintsuite.dissatisfaction.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.complaintsuite.dissatisfaction.DissatisfactionModel;

/**
 * The training command and the figures:
 * <pre>
 * train    [--data=DIR] [--out=FILE]   trains on the TRAIN part, calibrates on CALIBRATION, writes the model
 * evaluate [--data=DIR] [--model=FILE] the model's figures on each part (the shipped model by default)
 * tune     [--data=DIR]                 settings compared on the CALIBRATION part only
 * </pre>
 * Paths are relative to the working directory (the scripts run it from the repository's root).
 */
public final class DissatisfactionTool {

    /** Where the shipped model lives in the repository. */
    static final Path SHIPPED_SOURCE = Path.of("dissatisfaction-model/src/main/resources"
            + DissatisfactionModel.SHIPPED);

    /** Held so that its level sticks: Tribuo logs every training's start at INFO. */
    private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

    private DissatisfactionTool() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: train|evaluate|tune [--data=DIR] [--out=FILE] [--model=FILE]");
            System.exit(2);
        }
        TRIBUO_LOG.setLevel(Level.WARNING);
        Map<String, String> options = options(args);
        Path data = Path.of(options.getOrDefault("data", Corpus.DEFAULT.toString()));
        var parts = Corpus.split(Corpus.read(data));
        PrintStream out = System.out;
        switch (args[0]) {
            case "train" -> {
                Path file = Path.of(options.getOrDefault("out", SHIPPED_SOURCE.toString()));
                TrainedModel trained = ModelTraining.train(parts.get(CorpusSplit.Part.TRAIN),
                        parts.get(CorpusSplit.Part.CALIBRATION), ModelTraining.Settings.SHIPPED);
                trained.write(file);
                out.printf(Locale.ROOT, "wrote %s: %,d n-grams, calibration a=%.4f c=%.4f%n", file,
                        trained.weights().size(), trained.scale(), trained.shift());
            }
            case "evaluate" -> {
                DissatisfactionModel model = options.containsKey("model") ? read(Path.of(options.get("model")))
                        : DissatisfactionModel.shipped();
                out.print(Evaluation.report(model, parts));
            }
            case "tune" -> out.print(Evaluation.tuning(parts));
            default -> {
                System.err.println("unknown command " + args[0] + ": train, evaluate or tune");
                System.exit(2);
            }
        }
    }

    private static DissatisfactionModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return DissatisfactionModel.read(in);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : List.of(args).subList(1, args.length)) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options look like --name=value, not " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}
