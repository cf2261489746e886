package kz.bagalau.shared.web;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The 20 regions as tiles placed roughly as on the map of Kazakhstan, coloured by a score relative to the regions'
 * range. The ministry's results page and the public transparency page (¶54) draw the same map from different
 * figures (live read model, published snapshots), so the places and the colour rule live here once.
 */
public final class TileMap {

    /**
     * Where each region sits (column, row of a 7 × 6 grid). A region the map does not know yet (a future reform)
     * goes in the row below.
     */
    private static final Map<String, int[]> PLACES = Map.ofEntries(Map.entry("north-kazakhstan", new int[] {3, 0}),
            Map.entry("west-kazakhstan", new int[] {0, 1}), Map.entry("kostanay", new int[] {2, 1}),
            Map.entry("akmola", new int[] {3, 1}), Map.entry("astana", new int[] {4, 1}),
            Map.entry("pavlodar", new int[] {5, 1}), Map.entry("atyrau", new int[] {0, 2}),
            Map.entry("aktobe", new int[] {1, 2}), Map.entry("ulytau", new int[] {2, 2}),
            Map.entry("karaganda", new int[] {3, 2}), Map.entry("abai", new int[] {5, 2}),
            Map.entry("east-kazakhstan", new int[] {6, 2}), Map.entry("mangystau", new int[] {0, 3}),
            Map.entry("kyzylorda", new int[] {1, 3}), Map.entry("jetisu", new int[] {5, 3}),
            Map.entry("turkistan", new int[] {2, 4}), Map.entry("jambyl", new int[] {3, 4}),
            Map.entry("almaty-region", new int[] {4, 4}), Map.entry("shymkent", new int[] {2, 5}),
            Map.entry("almaty", new int[] {4, 5}));

    /** A region's tile: what it shows, its place on the grid and its colour class. */
    public record Tile<T>(T item, int column, int line, String heat) {
    }

    private TileMap() {
    }

    /** The tiles of the given items (one per region), coloured between the lowest and the highest score. */
    public static <T> List<Tile<T>> of(List<T> items, Function<T, String> regionCode, Function<T, BigDecimal> score) {
        List<BigDecimal> values = items.stream().map(score).filter(Objects::nonNull).toList();
        BigDecimal min = values.stream().min(Comparator.naturalOrder()).orElse(null);
        BigDecimal max = values.stream().max(Comparator.naturalOrder()).orElse(null);
        int[] spare = {0};
        return items.stream().map(item -> {
            int[] place = PLACES.getOrDefault(regionCode.apply(item), new int[] {spare[0]++ % 7, 6});
            return new Tile<>(item, place[0], place[1], heat(score.apply(item), min, max));
        }).toList();
    }

    /**
     * Five equal steps between the lowest and the highest value (regions' means lie close together, so an absolute
     * scale would paint them all alike); none where there is no value. Pages always write the number as well.
     */
    public static String heat(BigDecimal score, BigDecimal low, BigDecimal high) {
        if (score == null || low == null || high == null || high.compareTo(low) == 0) {
            return "heat-none";
        }
        double share = score.subtract(low).doubleValue() / high.subtract(low).doubleValue();
        return "heat-" + Math.min(4, (int) (share * 5));
    }
}
