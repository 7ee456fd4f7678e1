using NeuroBalance.Models.Solvers;

namespace NeuroBalance.Tests.Models.Solvers;

/// <summary>The stiff solver against problems with known solutions.</summary>
public sealed class RosenbrockSolverTests
{
    [Fact]
    public void Solve_ExponentialDecay_MatchesClosedForm()
    {
        // Given y' = −0.7·y, y(0) = 2: y(t) = 2·e^(−0.7t)
        static void F(double t, ReadOnlySpan<double> y, Span<double> d) => d[0] = -0.7 * y[0];

        // When
        var s = RosenbrockSolver.Solve(F, [2.0], 0, 5, 11);

        // Then: relative error within 100× the relative tolerance (1e-6), at every output time
        for (var i = 0; i < s.Times.Count; i++)
        {
            var exact = 2 * Math.Exp(-0.7 * s.Times[i]);
            Assert.Equal(exact, s.States[i][0], exact * 1e-4);
        }
    }

    [Fact]
    public void Solve_TimeDependentRightHandSide_MatchesClosedForm()
    {
        // Given y' = cos t, y(0) = 0: y = sin t (tests the ∂f/∂t term)
        static void F(double t, ReadOnlySpan<double> y, Span<double> d) => d[0] = Math.Cos(t);

        var s = RosenbrockSolver.Solve(F, [0.0], 0, 6, 25, new SolverOptions(1e-8, 1e-10));

        for (var i = 0; i < s.Times.Count; i++)
        {
            Assert.Equal(Math.Sin(s.Times[i]), s.States[i][0], 1e-5);
        }
    }

    [Fact]
    public void Solve_StiffLinearSystem_IsAccurateWithFewSteps()
    {
        // Given eigenvalues −1 and −1000: y1 = e^(−t) + e^(−1000t), y2 = e^(−t) − e^(−1000t)
        static void F(double t, ReadOnlySpan<double> y, Span<double> d)
        {
            d[0] = (-500.5 * y[0]) + (499.5 * y[1]);
            d[1] = (499.5 * y[0]) - (500.5 * y[1]);
        }

        // When
        var s = RosenbrockSolver.Solve(F, [2.0, 0.0], 0, 10, 41, new SolverOptions(1e-6, 1e-10));

        // Then: accurate, and far fewer steps than an explicit method's stability limit (≈ 10 000 × 10 / 2.8 steps)
        for (var i = 1; i < s.Times.Count; i++)
        {
            var t = s.Times[i];
            Assert.Equal(Math.Exp(-t) + Math.Exp(-1000 * t), s.States[i][0], 1e-5);
            Assert.Equal(Math.Exp(-t) - Math.Exp(-1000 * t), s.States[i][1], 1e-5);
        }

        Assert.InRange(s.AcceptedSteps, 1, 1000);
    }

    [Fact]
    public void Solve_Robertson_MatchesReferenceAtT40()
    {
        // Given Robertson's stiff chemical kinetics (rates 0.04, 1e4, 3e7); reference at t = 40 from
        // Hairer & Wanner, Solving ODEs II, §IV.1 (y1 = 0.7158270687, y2 = 9.185534764e-6, y3 = 0.2841637457).
        static void F(double t, ReadOnlySpan<double> y, Span<double> d)
        {
            d[0] = (-0.04 * y[0]) + (1e4 * y[1] * y[2]);
            d[1] = (0.04 * y[0]) - (1e4 * y[1] * y[2]) - (3e7 * y[1] * y[1]);
            d[2] = 3e7 * y[1] * y[1];
        }

        // When
        var s = RosenbrockSolver.Solve(F, [1.0, 0.0, 0.0], [0.0, 0.4, 4, 40], new SolverOptions(1e-7, 1e-12));

        // Then
        var y = s.Final;
        Assert.Equal(0.7158270687, y[0], 1e-5);
        Assert.Equal(9.185534764e-6, y[1], 1e-8);
        Assert.Equal(0.2841637457, y[2], 1e-5);
        Assert.Equal(1.0, y[0] + y[1] + y[2], 1e-9); // mass is conserved
        Assert.InRange(s.AcceptedSteps, 1, 2000);
    }

    [Fact]
    public void Solve_TighterTolerance_GivesSmallerError()
    {
        static void F(double t, ReadOnlySpan<double> y, Span<double> d) => d[0] = -y[0] * y[0]; // y = 1/(1+t)

        double ErrorAt(double rtol) => Math.Abs(RosenbrockSolver.Solve(F, [1.0], 0, 9, 2, new SolverOptions(rtol, rtol * 1e-3)).Final[0] - 0.1);

        // Then: 1e-3 → 1e-7 relative tolerance cuts the global error by at least 100×
        var loose = ErrorAt(1e-3);
        var tight = ErrorAt(1e-7);
        Assert.True(tight * 100 < loose, $"error {tight:E2} at 1e-7 vs {loose:E2} at 1e-3");
    }

    [Fact]
    public void Solve_NonNegative_KeepsComponentsAtOrAboveZero()
    {
        // Given a fast, near-zero-order consumption that overshoots below zero without the projection
        static void F(double t, ReadOnlySpan<double> y, Span<double> d) => d[0] = -1000 * y[0] / (1e-9 + y[0]);

        var s = RosenbrockSolver.Solve(F, [1.0], 0, 1, 50, new SolverOptions(1e-3, 1e-6), nonNegative: true);

        Assert.All(s.States, state => Assert.True(state[0] >= 0));
    }

    [Fact]
    public void Solve_TooSmallBudget_ThrowsNonConvergence_AndTrySolveReturnsFalse()
    {
        static void F(double t, ReadOnlySpan<double> y, Span<double> d) => d[0] = Math.Cos(100 * t);
        double[] times = [0, 1000];

        Assert.Throws<NonConvergenceException>(() => RosenbrockSolver.Solve(F, [0.0], times, new SolverOptions(1e-8, 1e-12, maxSteps: 10)));
        Assert.False(RosenbrockSolver.TrySolve(F, [0.0], times, out var solution, new SolverOptions(1e-8, 1e-12, maxSteps: 10)));
        Assert.Null(solution);
    }

    [Fact]
    public void Solve_BadInput_ThrowsNamingTheParameter()
    {
        static void F(double t, ReadOnlySpan<double> y, Span<double> d) => d[0] = 0;

        Assert.Equal("initialState", Assert.Throws<InvalidParameterException>(() => RosenbrockSolver.Solve(F, [], [0.0, 1.0])).ParamName);
        Assert.Equal("initialState[0]", Assert.Throws<ParameterOutOfRangeException>(() => RosenbrockSolver.Solve(F, [double.NaN], [0.0, 1.0])).ParamName);
        Assert.Equal("outputTimes", Assert.Throws<InvalidParameterException>(() => RosenbrockSolver.Solve(F, [1.0], [1.0, 1.0])).ParamName);
        Assert.Equal("t1", Assert.Throws<ParameterOutOfRangeException>(() => RosenbrockSolver.Solve(F, [1.0], 2, 1, 10)).ParamName);
        Assert.Equal("relativeTolerance", Assert.Throws<ParameterOutOfRangeException>(() => new SolverOptions(relativeTolerance: 0)).ParamName);
        Assert.Equal("maxSteps", Assert.Throws<ParameterOutOfRangeException>(() => new SolverOptions(maxSteps: 1)).ParamName);
    }
}

/// <summary>The order of convergence of the fixed-step method (style guide: check every solver's order).</summary>
public sealed class RosenbrockSolverOrderTests
{
    [Fact]
    public void SolveFixedSteps_HalvingTheStepQuartersTheError_SecondOrder()
    {
        // Given a nonlinear, non-autonomous problem with a closed form: y' = −2t·y², y(0) = 1 → y = 1/(1 + t²)
        static void F(double t, ReadOnlySpan<double> y, Span<double> d) => d[0] = -2 * t * y[0] * y[0];

        double ErrorWith(int steps) => Math.Abs(RosenbrockSolver.SolveFixedSteps(F, [1.0], 0, 2, steps).Final[0] - 0.2);

        // When the step is halved twice
        var e1 = ErrorWith(40);
        var e2 = ErrorWith(80);
        var e3 = ErrorWith(160);

        // Then the error ratio is 2² = 4 within 10% (an order-2 method)
        Assert.Equal(4, e1 / e2, 0.4);
        Assert.Equal(4, e2 / e3, 0.4);
    }

    [Fact]
    public void SolveFixedSteps_StiffDecay_StaysStableWithStepsFarBeyondTheExplicitLimit()
    {
        // Given y' = −1e4·(y − cos t): an explicit method needs h < 2e-4; here h = 0.1
        static void F(double t, ReadOnlySpan<double> y, Span<double> d) => d[0] = -1e4 * (y[0] - Math.Cos(t));

        var run = RosenbrockSolver.SolveFixedSteps(F, [1.0], 0, 5, 50);

        // Then the solution tracks cos t (L-stability damps the fast mode) to within 1e-3
        for (var i = 0; i < run.Times.Count; i++)
        {
            Assert.Equal(Math.Cos(run.Times[i]), run.States[i][0], 1e-3);
        }
    }
}
