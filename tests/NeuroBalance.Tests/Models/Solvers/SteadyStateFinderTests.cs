using NeuroBalance.Models.Solvers;

namespace NeuroBalance.Tests.Models.Solvers;

/// <summary>The steady-state finder against systems with known equilibria.</summary>
public sealed class SteadyStateFinderTests
{
    [Fact]
    public void Find_LinearSystem_SolvesAxEqualsB()
    {
        // Given y' = b − A·y with A = [[3, 1], [1, 2]], b = [5, 5]: y* = A⁻¹b = [1, 2]
        static void F(double t, ReadOnlySpan<double> y, Span<double> d)
        {
            d[0] = 5 - (3 * y[0]) - y[1];
            d[1] = 5 - y[0] - (2 * y[1]);
        }

        var y = SteadyStateFinder.Find(F, [0.0, 0.0]);

        Assert.Equal(1.0, y[0], 1e-8);
        Assert.Equal(2.0, y[1], 1e-8);
    }

    [Fact]
    public void Find_ConservedTotal_KeepsTheTotalOfTheGuess()
    {
        // Given A ⇌ B with kf = 2, kb = 1 (a singular Jacobian): from A + B = 3, A* = 1, B* = 2
        static void F(double t, ReadOnlySpan<double> y, Span<double> d)
        {
            var v = (2 * y[0]) - y[1];
            d[0] = -v;
            d[1] = v;
        }

        var y = SteadyStateFinder.Find(F, [3.0, 0.0]);

        Assert.Equal(1.0, y[0], 1e-8);
        Assert.Equal(2.0, y[1], 1e-8);
    }

    [Fact]
    public void Find_StiffMichaelisMentenChain_AgreesWithLongIntegration()
    {
        // Given influx 10 → S (MM consumption, Vmax 100, Km 0.5) → P (first-order loss 0.01)
        static void F(double t, ReadOnlySpan<double> y, Span<double> d)
        {
            var v = 100 * y[0] / (0.5 + y[0]);
            d[0] = 10 - v;
            d[1] = v - (0.01 * y[1]);
        }

        var steady = SteadyStateFinder.Find(F, [0.0, 0.0]);
        var integrated = RosenbrockSolver.Solve(F, [0.0, 0.0], 0, 5000, 2, new SolverOptions(1e-9, 1e-12)).Final;

        Assert.Equal(0.5 * 10 / 90, steady[0], 1e-9); // S* = Km·in/(Vmax − in)
        Assert.Equal(1000, steady[1], 1e-6);
        Assert.Equal(steady[1], integrated[1], 1e-3);
    }

    [Fact]
    public void Find_NoEquilibrium_Throws_AndTryFindReturnsFalse()
    {
        static void F(double t, ReadOnlySpan<double> y, Span<double> d) => d[0] = 1; // grows for ever

        Assert.Throws<NonConvergenceException>(() => SteadyStateFinder.Find(F, [0.0], new SolverOptions(1e-9, 1e-12, 50)));
        Assert.False(SteadyStateFinder.TryFind(F, [0.0], out var y, new SolverOptions(1e-9, 1e-12, 50)));
        Assert.Null(y);
    }
}
