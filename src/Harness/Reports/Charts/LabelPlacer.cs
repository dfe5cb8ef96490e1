namespace Llama2Validation.Harness.Reports.Charts;

/// <summary>
/// Puts point labels where they cover neither another label nor a point, trying the spots around each
/// point nearest first. Pure pixel geometry, so it is tested without drawing.
/// </summary>
internal static class LabelPlacer
{
    private const float Gap = 8;

    /// <summary>Label boxes (left, top, width, height in pixels) for labels of the given sizes at the given points.</summary>
    public static IReadOnlyList<Box> Place(IReadOnlyList<(float X, float Y)> points, IReadOnlyList<(float Width, float Height)> sizes, Box bounds, float markerRadius)
    {
        var obstacles = points.Select(p => new Box(p.X - markerRadius, p.Y - markerRadius, 2 * markerRadius, 2 * markerRadius)).ToList();
        var placed = new List<Box>();
        for (var i = 0; i < points.Count; i++)
        {
            var candidates = Candidates(points[i], sizes[i], markerRadius).ToList();
            var choice = candidates.FirstOrDefault(c => bounds.Contains(c) && !obstacles.Any(c.Overlaps) && !placed.Any(c.Overlaps))
                ?? candidates.FirstOrDefault(c => bounds.Contains(c) && !placed.Any(c.Overlaps))
                ?? candidates[0];
            placed.Add(choice);
        }

        return placed;
    }

    private static IEnumerable<Box> Candidates((float X, float Y) point, (float Width, float Height) size, float markerRadius)
    {
        var (w, h) = size;
        for (var ring = 1; ring <= 6; ring++)
        {
            var d = markerRadius + (Gap * ring);
            yield return new Box(point.X + d, point.Y - (h / 2), w, h);                // right
            yield return new Box(point.X - d - w, point.Y - (h / 2), w, h);            // left
            yield return new Box(point.X - (w / 2), point.Y - d - h, w, h);            // above
            yield return new Box(point.X - (w / 2), point.Y + d, w, h);                // below
            yield return new Box(point.X + d, point.Y - d - h, w, h);                  // above right
            yield return new Box(point.X + d, point.Y + d, w, h);                      // below right
            yield return new Box(point.X - d - w, point.Y - d - h, w, h);              // above left
            yield return new Box(point.X - d - w, point.Y + d, w, h);                  // below left
        }
    }

    internal sealed record Box(float Left, float Top, float Width, float Height)
    {
        public float Right => Left + Width;

        public float Bottom => Top + Height;

        public bool Overlaps(Box other) =>
            Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

        /// <summary>The point of this box closest to (x, y): where a leader line from a marker meets its label.</summary>
        public (float X, float Y) NearestPointTo(float x, float y) =>
            (Math.Clamp(x, Left, Right), Math.Clamp(y, Top, Bottom));

        public bool Contains(Box other) =>
            other.Left >= Left && other.Right <= Right && other.Top >= Top && other.Bottom <= Bottom;
    }
}
