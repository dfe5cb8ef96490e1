using Llama2Validation.Harness.Reports.Charts;

namespace Llama2Validation.Tests.Correctness.Reports;

public sealed class LabelPlacerTests
{
    [Fact]
    public void Place_KeepsLabelsOfNearbyPointsApart_AndOffThePoints()
    {
        // The seed's A100 default (0.317 docs/s, 0.2804) and flash-attn (0.339, 0.2822) land a few pixels apart.
        var points = new List<(float X, float Y)> { (500, 300), (506, 296), (512, 304), (900, 100) };
        var sizes = Enumerable.Repeat((120f, 20f), points.Count).ToList();
        var bounds = new LabelPlacer.Box(0, 0, 1000, 600);

        var boxes = LabelPlacer.Place(points, sizes, bounds, markerRadius: 6);

        for (var i = 0; i < boxes.Count; i++)
        {
            bounds.Contains(boxes[i]).Should().BeTrue();
            for (var j = i + 1; j < boxes.Count; j++)
            {
                boxes[i].Overlaps(boxes[j]).Should().BeFalse($"labels {i} and {j} must not overlap");
            }

            points.Should().NotContain(p => boxes[i].Overlaps(new LabelPlacer.Box(p.X - 6, p.Y - 6, 12, 12)));
        }
    }

    [Fact]
    public void Place_PutsALabelLeftOfAPointAtTheRightEdge()
    {
        var boxes = LabelPlacer.Place([(990, 300)], [(120f, 20f)], new LabelPlacer.Box(0, 0, 1000, 600), markerRadius: 6);

        boxes[0].Right.Should().BeLessThan(990);
    }
}
