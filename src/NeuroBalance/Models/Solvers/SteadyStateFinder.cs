using NeuroBalance.Internal;

namespace NeuroBalance.Models.Solvers;

/// <summary>
/// Finds a steady state y* with f(y*) = 0 of an autonomous ODE system by pseudo-transient continuation:
/// implicit-Euler steps whose size grows as the residual falls, so the iteration follows the dynamics
/// while far from equilibrium and becomes Newton's method near it.
/// </summary>
/// <remarks>
/// <para>Each iteration solves (I/Δt − J)·δ = f(y), sets y ← y + δ, and updates
/// Δt ← Δt·‖f_old‖/‖f_new‖ ("switched evolution relaxation", the ratio kept in [0.5, 10]; ×10 once the
/// update is within tolerance), capped at 10⁵ time units. If that fails, the system is integrated in time
/// with <see cref="RosenbrockSolver"/> over growing horizons and the continuation restarted. Because every
/// step is an implicit-Euler step, conserved totals (such as BH4 + BH2 in the dopamine model, whose
/// Jacobian is singular) are kept, which plain Newton iteration cannot do.</para>
/// <para>Converged when Δt ≥ 10⁴ time units and |δ_i| ≤ AbsoluteTolerance + RelativeTolerance·|y_i| for every i.</para>
/// <para>Source: Kelley CT, Keyes DE. "Convergence analysis of pseudo-transient continuation."
/// SIAM J Numer Anal 35:508–523 (1998), <see href="https://doi.org/10.1137/S0036142996304796"/>.</para>
/// </remarks>
internal static class SteadyStateFinder
{
    /// <summary>Gets the default options: relative 1e-9, absolute 1e-12, 2 000 iterations.</summary>
    public static SolverOptions DefaultOptions { get; } = new(1e-9, 1e-12, 2_000);

    private const double MaxPseudoStep = 1e5;
    private const double ConvergedPseudoStep = 1e4;

    /// <summary>Finds the steady state reached from <paramref name="guess"/>.</summary>
    /// <param name="f">The right-hand side; evaluated at t = 0.</param>
    /// <param name="guess">The starting state (it also fixes conserved totals). Length 1 to 200, finite.</param>
    /// <param name="options">Tolerances and iteration budget. Default <see cref="DefaultOptions"/>.</param>
    /// <param name="nonNegative">When true, a step that would make a component more negative than −AbsoluteTolerance is shortened, and tiny negative values are set to 0. Default true.</param>
    /// <returns>The steady state.</returns>
    /// <exception cref="NonConvergenceException">No steady state was found within the budget.</exception>
    /// <exception cref="InvalidParameterException">The guess is empty or too long.</exception>
    /// <exception cref="ParameterOutOfRangeException">The guess has a non-finite value.</exception>
    public static double[] Find(OdeFunction f, IReadOnlyList<double> guess, SolverOptions? options = null, bool nonNegative = true)
    {
        Preconditions.CheckNotNull(nameof(f), f);
        var y = RosenbrockSolver.CheckState(guess);
        var opts = options ?? DefaultOptions;
        if (TryContinuation(f, y, opts, nonNegative, out var result, out var lastStep))
        {
            return result;
        }

        // Fallback: follow the dynamics with the stiff integrator over growing horizons, then retry.
        var integrate = new SolverOptions(Math.Max(opts.RelativeTolerance, 1e-8), Math.Max(opts.AbsoluteTolerance, 1e-12));
        var state = y;
        for (var horizon = 10.0; horizon <= 1e5; horizon *= 10)
        {
            if (!RosenbrockSolver.TrySolve(f, state, [0, horizon], out var run, integrate, nonNegative))
            {
                break;
            }

            state = [.. run!.Final];
            if (TryContinuation(f, state, opts, nonNegative, out result, out lastStep))
            {
                return result;
            }
        }

        throw new NonConvergenceException(FormattableString.Invariant($"No steady state was found in {opts.MaxSteps} iterations (last pseudo-time step {Preconditions.Format(lastStep)}), even after integrating to t = 1e5. The system may oscillate or have no equilibrium; integrate it in time instead."));
    }

    private static bool TryContinuation(OdeFunction f, double[] start, SolverOptions opts, bool nonNegative, out double[] result, out double lastStep)
    {
        var y = (double[])start.Clone();
        var n = y.Length;
        var fy = new double[n];
        var fTemp = new double[n];
        var delta = new double[n];
        var yNew = new double[n];
        var fNew = new double[n];
        var jacobian = new double[n * n];
        var lu = new DenseLu(n);
        var threshold = opts.AbsoluteTolerance / opts.RelativeTolerance;
        f(0, y, fy);
        var residual = Norm(fy, y, opts);
        var dt = 1e-3;
        for (var iteration = 0; iteration < opts.MaxSteps; iteration++)
        {
            RosenbrockSolver.Jacobian(f, 0, y, fy, fTemp, jacobian, threshold);
            var m = lu.Matrix;
            for (var i = 0; i < m.Length; i++)
            {
                m[i] = -jacobian[i];
            }

            for (var i = 0; i < n; i++)
            {
                m[(i * n) + i] += 1 / dt;
                delta[i] = fy[i];
            }

            if (!lu.Factor())
            {
                dt /= 4;
                continue;
            }

            lu.Solve(delta);
            var small = true;
            var finite = true;
            for (var i = 0; i < n; i++)
            {
                var v = y[i] + delta[i];

                // A step that would push a component clearly below zero is too long: shorten it rather than
                // clip the value, because clipping adds mass and breaks conserved totals.
                finite &= double.IsFinite(v) && (!nonNegative || v >= -opts.AbsoluteTolerance);
                yNew[i] = nonNegative && v < 0 ? 0 : v;
                small &= Math.Abs(delta[i]) <= opts.AbsoluteTolerance + (opts.RelativeTolerance * Math.Abs(y[i]));
            }

            if (!finite)
            {
                dt /= 4;
                continue;
            }

            f(0, yNew, fNew);
            var newResidual = Norm(fNew, yNew, opts);
            if (!double.IsFinite(newResidual))
            {
                dt /= 4;
                continue;
            }

            Array.Copy(yNew, y, n);
            Array.Copy(fNew, fy, n);
            if (small && dt >= ConvergedPseudoStep)
            {
                result = y;
                lastStep = dt;
                return true;
            }

            // Near the solution the residual sits at round-off level and its ratio is noise; a step that
            // already meets the tolerance lets the pseudo-time step grow regardless.
            var ratio = newResidual == 0 || small ? 10 : residual / newResidual;
            dt = Math.Min(MaxPseudoStep, dt * Math.Clamp(ratio, 0.5, 10));
            if (newResidual == 0)
            {
                dt = MaxPseudoStep;
            }

            residual = newResidual;
        }

        result = y;
        lastStep = dt;
        return false;
    }

    /// <summary>Like <see cref="Find"/>, but returns false instead of throwing <see cref="NonConvergenceException"/>.</summary>
    /// <param name="f">The right-hand side.</param>
    /// <param name="guess">The starting state.</param>
    /// <param name="steadyState">The steady state, or null.</param>
    /// <param name="options">Tolerances and iteration budget.</param>
    /// <param name="nonNegative">Keep components ≥ 0.</param>
    /// <returns>Whether a steady state was found.</returns>
    public static bool TryFind(OdeFunction f, IReadOnlyList<double> guess, out double[]? steadyState, SolverOptions? options = null, bool nonNegative = true)
    {
        try
        {
            steadyState = Find(f, guess, options, nonNegative);
            return true;
        }
        catch (NonConvergenceException)
        {
            steadyState = null;
            return false;
        }
    }

    private static double Norm(double[] fy, double[] y, SolverOptions opts)
    {
        var sum = 0.0;
        for (var i = 0; i < fy.Length; i++)
        {
            var r = fy[i] / (opts.AbsoluteTolerance + (opts.RelativeTolerance * Math.Abs(y[i])));
            sum += r * r;
        }

        return Math.Sqrt(sum / fy.Length);
    }
}
