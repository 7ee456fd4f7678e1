namespace NeuroBalance.Internal;

/// <summary>Sample points for curves.</summary>
internal static class Grid
{
    /// <summary>
    /// <paramref name="count"/> points from <paramref name="from"/> to <paramref name="to"/>, equally
    /// spaced on a log scale, both ends included exactly.
    /// </summary>
    internal static double[] LogSpaced(double from, double to, int count)
    {
        var points = new double[count];
        var logFrom = Math.Log10(from);
        var step = (Math.Log10(to) - logFrom) / (count - 1);
        for (var i = 0; i < count; i++)
        {
            points[i] = Math.Pow(10, logFrom + (i * step));
        }

        points[0] = from;
        points[^1] = to;
        return points;
    }
}
