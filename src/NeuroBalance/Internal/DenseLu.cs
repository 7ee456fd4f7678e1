namespace NeuroBalance.Internal;

/// <summary>
/// LU factorisation with partial pivoting of a small dense square matrix stored row-major, in place.
/// Written for the ODE solver's n ≤ ~50 iteration matrices, where a general library adds allocation
/// and call overhead for no benefit.
/// </summary>
internal sealed class DenseLu
{
    private readonly int n;
    private readonly double[] a;
    private readonly int[] pivot;

    internal DenseLu(int n)
    {
        this.n = n;
        a = new double[n * n];
        pivot = new int[n];
    }

    /// <summary>Gets the matrix storage (row-major) to fill before <see cref="Factor"/>.</summary>
    internal double[] Matrix => a;

    /// <summary>Factors the matrix in place. Returns false when it is singular to working precision.</summary>
    internal bool Factor()
    {
        for (var k = 0; k < n; k++)
        {
            var p = k;
            var max = Math.Abs(a[(k * n) + k]);
            for (var i = k + 1; i < n; i++)
            {
                var v = Math.Abs(a[(i * n) + k]);
                if (v > max)
                {
                    max = v;
                    p = i;
                }
            }

            if (max == 0 || double.IsNaN(max))
            {
                return false;
            }

            pivot[k] = p;
            if (p != k)
            {
                for (var j = 0; j < n; j++)
                {
                    (a[(k * n) + j], a[(p * n) + j]) = (a[(p * n) + j], a[(k * n) + j]);
                }
            }

            var inv = 1.0 / a[(k * n) + k];
            for (var i = k + 1; i < n; i++)
            {
                var l = a[(i * n) + k] *= inv;
                if (l == 0)
                {
                    continue;
                }

                for (var j = k + 1; j < n; j++)
                {
                    a[(i * n) + j] -= l * a[(k * n) + j];
                }
            }
        }

        return true;
    }

    /// <summary>Solves A·x = b in place (b becomes x), using the last factorisation.</summary>
    internal void Solve(Span<double> b)
    {
        for (var k = 0; k < n; k++)
        {
            var p = pivot[k];
            if (p != k)
            {
                (b[k], b[p]) = (b[p], b[k]);
            }
        }

        for (var i = 1; i < n; i++)
        {
            var s = b[i];
            for (var j = 0; j < i; j++)
            {
                s -= a[(i * n) + j] * b[j];
            }

            b[i] = s;
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var s = b[i];
            for (var j = i + 1; j < n; j++)
            {
                s -= a[(i * n) + j] * b[j];
            }

            b[i] = s / a[(i * n) + i];
        }
    }
}
