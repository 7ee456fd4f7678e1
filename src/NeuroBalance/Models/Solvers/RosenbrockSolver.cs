using NeuroBalance.Internal;

namespace NeuroBalance.Models.Solvers;

/// <summary>
/// A stiff ODE integrator: the L-stable, linearly implicit Rosenbrock (W-) method of order 2 with an
/// embedded order-3 error estimate that MATLAB calls <c>ode23s</c>, with adaptive step size, a
/// finite-difference Jacobian and exact stops at the requested output times.
/// </summary>
/// <remarks>
/// <para>One step from (t, y) with step h, d = 1/(2 + √2), e32 = 6 + √2, J ≈ ∂f/∂y, T ≈ ∂f/∂t and
/// W = I − h·d·J:</para>
/// <code>
/// k1 = W⁻¹ (f(t, y) + h·d·T)
/// k2 = W⁻¹ (f(t + h/2, y + h/2·k1) − k1) + k1
/// y₁ = y + h·k2
/// k3 = W⁻¹ (f(t + h, y₁) − e32·(k2 − f(t + h/2, …)) − 2·(k1 − f(t, y)) + h·d·T)
/// err = h/6 · (k1 − 2·k2 + k3)
/// </code>
/// <para>The step is accepted when the weighted RMS norm of err (weights AbsoluteTolerance +
/// RelativeTolerance·|y|) is ≤ 1; the next step is h·min(5, max(0.2, 0.9·err^(−1/3))).
/// Being L-stable, the method damps the fast modes of a stiff system (the dopamine model's rates span
/// 0.2/h to more than 10⁴/h) without needing tiny steps.</para>
/// <para>Source: Shampine LF, Reichelt MW. "The MATLAB ODE Suite". SIAM J Sci Comput 18:1–22 (1997),
/// <see href="https://doi.org/10.1137/S1064827594276424"/>; the method is from Shampine 1982 and
/// Wolfbrandt's W-methods (Hairer &amp; Wanner 1996, Solving ODEs II, §IV.7).</para>
/// <para>With the non-negativity option, a step that would take a component below −AbsoluteTolerance
/// is rejected and shortened, and values in [−AbsoluteTolerance, 0) are set to 0 after an accepted step.
/// Concentration models use it; it does not change a solution that stays positive.</para>
/// </remarks>
internal static class RosenbrockSolver
{
    /// <summary>The largest system size accepted.</summary>
    public const int MaxDimension = 200;

    private static readonly double D = 1.0 / (2.0 + Math.Sqrt(2.0));
    private static readonly double E32 = 6.0 + Math.Sqrt(2.0);
    private static readonly double SqrtEps = Math.Sqrt(2.220446049250313e-16); // √(machine epsilon)

    /// <summary>Integrates dy/dt = f(t, y) from the first output time to the last.</summary>
    /// <param name="f">The right-hand side.</param>
    /// <param name="initialState">y at <c>outputTimes[0]</c>. Length 1 to 200, finite.</param>
    /// <param name="outputTimes">At least two finite, strictly increasing times; the state is reported at each.</param>
    /// <param name="options">Tolerances and step budget. Default <see cref="SolverOptions.Default"/>.</param>
    /// <param name="nonNegative">When true, components are kept ≥ 0 (see remarks). Default false.</param>
    /// <returns>The states at the output times.</returns>
    /// <exception cref="InvalidParameterException">A vector is empty or too long, or the times are not increasing.</exception>
    /// <exception cref="ParameterOutOfRangeException">A value is not finite.</exception>
    /// <exception cref="NonConvergenceException">The step budget ran out or the step size underflowed.</exception>
    public static OdeSolution Solve(OdeFunction f, IReadOnlyList<double> initialState, IReadOnlyList<double> outputTimes, SolverOptions? options = null, bool nonNegative = false)
    {
        Preconditions.CheckNotNull(nameof(f), f);
        var y0 = CheckState(initialState);
        var times = CheckTimes(outputTimes);
        var opts = options ?? SolverOptions.Default;
        var work = new Workspace(f, y0.Length, opts, nonNegative);
        var states = new double[times.Length][];
        states[0] = (double[])y0.Clone();
        var y = (double[])y0.Clone();
        work.Begin(times[0], y, times[^1] - times[0]);
        for (var i = 1; i < times.Length; i++)
        {
            work.AdvanceTo(times[i], y);
            states[i] = (double[])y.Clone();
        }

        return new OdeSolution(times, states, work.Accepted, work.Rejected, work.Evaluations);
    }

    /// <summary>Integrates with <paramref name="outputPoints"/> equally spaced output times from <paramref name="t0"/> to <paramref name="t1"/>.</summary>
    /// <param name="f">The right-hand side.</param>
    /// <param name="initialState">y at <paramref name="t0"/>.</param>
    /// <param name="t0">The start time. Finite.</param>
    /// <param name="t1">The end time. Finite, &gt; <paramref name="t0"/>.</param>
    /// <param name="outputPoints">Output points including both ends. Range: 2 ≤ value ≤ 100 000.</param>
    /// <param name="options">Tolerances and step budget.</param>
    /// <param name="nonNegative">Keep components ≥ 0.</param>
    /// <returns>The states at the output times.</returns>
    /// <exception cref="ParameterOutOfRangeException">A value is out of range.</exception>
    /// <seealso cref="Solve(OdeFunction, IReadOnlyList{double}, IReadOnlyList{double}, SolverOptions?, bool)"/>
    public static OdeSolution Solve(OdeFunction f, IReadOnlyList<double> initialState, double t0, double t1, int outputPoints, SolverOptions? options = null, bool nonNegative = false)
    {
        Preconditions.CheckRange(nameof(t0), t0, -1e12, 1e12);
        Preconditions.CheckRange(nameof(t1), t1, Math.BitIncrement(t0), 1e12);
        Preconditions.CheckRange(nameof(outputPoints), outputPoints, 2, 100_000);
        var times = new double[outputPoints];
        for (var i = 0; i < outputPoints; i++)
        {
            times[i] = t0 + ((t1 - t0) * i / (outputPoints - 1));
        }

        times[^1] = t1;
        return Solve(f, initialState, times, options, nonNegative);
    }

    /// <summary>
    /// Integrates with <paramref name="steps"/> equal steps and no error control: for checking the method's
    /// order of convergence, and for showing learners what a fixed step does to a stiff system.
    /// </summary>
    /// <param name="f">The right-hand side.</param>
    /// <param name="initialState">y at <paramref name="t0"/>.</param>
    /// <param name="t0">The start time. Finite.</param>
    /// <param name="t1">The end time. Finite, &gt; <paramref name="t0"/>.</param>
    /// <param name="steps">The number of steps. Range: 1 ≤ steps ≤ 1 000 000.</param>
    /// <returns>The state after every step (steps + 1 points).</returns>
    /// <exception cref="ParameterOutOfRangeException">A value is out of range.</exception>
    public static OdeSolution SolveFixedSteps(OdeFunction f, IReadOnlyList<double> initialState, double t0, double t1, int steps)
    {
        Preconditions.CheckNotNull(nameof(f), f);
        var y = CheckState(initialState);
        Preconditions.CheckRange(nameof(t0), t0, -1e12, 1e12);
        Preconditions.CheckRange(nameof(t1), t1, Math.BitIncrement(t0), 1e12);
        Preconditions.CheckRange(nameof(steps), steps, 1, 1_000_000);
        var work = new Workspace(f, y.Length, SolverOptions.Default, nonNegative: false);
        var times = new double[steps + 1];
        var states = new double[steps + 1][];
        times[0] = t0;
        states[0] = (double[])y.Clone();
        work.Begin(t0, y, t1 - t0);
        for (var i = 1; i <= steps; i++)
        {
            times[i] = i == steps ? t1 : t0 + ((t1 - t0) * i / steps);
            work.FixedStep(y, times[i] - times[i - 1]);
            states[i] = (double[])y.Clone();
        }

        return new OdeSolution(times, states, steps, 0, work.Evaluations);
    }

    /// <summary>Like <see cref="Solve(OdeFunction, IReadOnlyList{double}, IReadOnlyList{double}, SolverOptions?, bool)"/>, but returns false instead of throwing <see cref="NonConvergenceException"/>.</summary>
    /// <param name="f">The right-hand side.</param>
    /// <param name="initialState">The initial state.</param>
    /// <param name="outputTimes">The output times.</param>
    /// <param name="solution">The solution, or null when the solver failed.</param>
    /// <param name="options">Tolerances and step budget.</param>
    /// <param name="nonNegative">Keep components ≥ 0.</param>
    /// <returns>Whether the integration reached the last output time.</returns>
    public static bool TrySolve(OdeFunction f, IReadOnlyList<double> initialState, IReadOnlyList<double> outputTimes, out OdeSolution? solution, SolverOptions? options = null, bool nonNegative = false)
    {
        try
        {
            solution = Solve(f, initialState, outputTimes, options, nonNegative);
            return true;
        }
        catch (NonConvergenceException)
        {
            solution = null;
            return false;
        }
    }

    internal static double[] CheckState(IReadOnlyList<double> state)
    {
        Preconditions.CheckNotNull(nameof(state), state);
        if (state.Count == 0 || state.Count > MaxDimension)
        {
            throw new InvalidParameterException(FormattableString.Invariant($"initialState must have 1 to {MaxDimension} components, but had {state.Count}."), "initialState");
        }

        var y = new double[state.Count];
        for (var i = 0; i < y.Length; i++)
        {
            y[i] = Preconditions.CheckRange(FormattableString.Invariant($"initialState[{i}]"), state[i], double.MinValue, double.MaxValue);
        }

        return y;
    }

    private static double[] CheckTimes(IReadOnlyList<double> outputTimes)
    {
        Preconditions.CheckNotNull(nameof(outputTimes), outputTimes);
        if (outputTimes.Count < 2)
        {
            throw new InvalidParameterException(FormattableString.Invariant($"outputTimes needs at least 2 times (start and end), but had {outputTimes.Count}."), nameof(outputTimes));
        }

        var times = new double[outputTimes.Count];
        for (var i = 0; i < times.Length; i++)
        {
            times[i] = Preconditions.CheckRange(FormattableString.Invariant($"outputTimes[{i}]"), outputTimes[i], -1e12, 1e12);
            if (i > 0 && times[i] <= times[i - 1])
            {
                throw new InvalidParameterException(FormattableString.Invariant($"outputTimes must be strictly increasing, but outputTimes[{i}] = {Preconditions.Format(times[i])} follows {Preconditions.Format(times[i - 1])}."), nameof(outputTimes));
            }
        }

        return times;
    }

    /// <summary>Fills J (row-major, n×n) with forward differences of f at (t, y), given f0 = f(t, y).</summary>
    internal static void Jacobian(OdeFunction f, double t, double[] y, double[] f0, double[] fTemp, double[] jacobian, double threshold)
    {
        var n = y.Length;
        for (var j = 0; j < n; j++)
        {
            var yj = y[j];
            var delta = SqrtEps * Math.Max(Math.Abs(yj), threshold);
            y[j] = yj + delta;
            delta = y[j] - yj;
            f(t, y, fTemp);
            y[j] = yj;
            var inv = 1.0 / delta;
            for (var i = 0; i < n; i++)
            {
                jacobian[(i * n) + j] = (fTemp[i] - f0[i]) * inv;
            }
        }
    }

    /// <summary>Pre-allocated state of one integration, so that steps do not allocate.</summary>
    private sealed class Workspace(OdeFunction f, int n, SolverOptions options, bool nonNegative)
    {
        private readonly double[] f0 = new double[n];
        private readonly double[] f1 = new double[n];
        private readonly double[] f2 = new double[n];
        private readonly double[] k1 = new double[n];
        private readonly double[] k2 = new double[n];
        private readonly double[] k3 = new double[n];
        private readonly double[] yTemp = new double[n];
        private readonly double[] yNew = new double[n];
        private readonly double[] dfdt = new double[n];
        private readonly double[] jacobian = new double[n * n];
        private readonly DenseLu lu = new(n);
        private readonly double rtol = options.RelativeTolerance;
        private readonly double atol = options.AbsoluteTolerance;
        private double t;
        private double h;
        private double hMax;

        internal int Accepted { get; private set; }

        internal int Rejected { get; private set; }

        internal int Evaluations { get; private set; }

        internal void Begin(double t0, double[] y, double span)
        {
            t = t0;
            hMax = span;
            Eval(t, y, f0);

            // Initial step as in ode23s: from the size of f relative to y.
            var rh = 0.0;
            for (var i = 0; i < n; i++)
            {
                rh = Math.Max(rh, Math.Abs(f0[i]) / Math.Max(Math.Abs(y[i]), atol / rtol));
            }

            rh /= 0.8 * Math.Cbrt(rtol);
            h = rh > 0 ? Math.Min(hMax, 1.0 / rh) : hMax;
            h = Math.Max(h, 16 * Math.Abs(t0) * 2.2e-16 + 1e-300);
        }

        internal void AdvanceTo(double tOut, double[] y)
        {
            var threshold = atol / rtol;
            while (t < tOut)
            {
                if (Accepted + Rejected >= options.MaxSteps)
                {
                    throw new NonConvergenceException(FormattableString.Invariant($"The solver used its budget of {options.MaxSteps} steps before reaching t = {Preconditions.Format(tOut)} (it got to t = {Preconditions.Format(t)}). Loosen the tolerances or raise maxSteps."));
                }

                var hMin = 16 * Math.Max(Math.Abs(t), 1e-300) * 2.2e-16;
                var remaining = tOut - t;
                var step = Math.Min(h, hMax);
                var lands = false;
                if (step >= remaining || 1.1 * step >= remaining)
                {
                    step = remaining;
                    lands = true;
                }

                Jacobian(f, t, y, f0, yTemp, jacobian, threshold);
                Evaluations += n;
                var dt = SqrtEps * Math.Max(Math.Abs(t), step);
                Eval(t + dt, y, dfdt);
                for (var i = 0; i < n; i++)
                {
                    dfdt[i] = (dfdt[i] - f0[i]) / dt;
                }

                while (true)
                {
                    var err = TryStep(y, step, out var ok);
                    if (ok && nonNegative && GoesNegative())
                    {
                        // Shorten the step instead of clipping a clearly negative value (clipping adds mass).
                        err = 2;
                    }

                    if (ok && err <= 1)
                    {
                        t = lands ? tOut : t + step;
                        var clamped = false;
                        for (var i = 0; i < n; i++)
                        {
                            var v = yNew[i];
                            if (nonNegative && v < 0)
                            {
                                v = 0;
                                clamped = true;
                            }

                            y[i] = v;
                        }

                        if (clamped)
                        {
                            Eval(t, y, f0);
                        }
                        else
                        {
                            Array.Copy(f2, f0, n);
                        }

                        Accepted++;
                        var grow = err == 0 ? 5 : Math.Min(5, Math.Max(0.2, 0.9 * Math.Pow(err, -1.0 / 3.0)));
                        if (!lands || grow < 1)
                        {
                            h = step * grow;
                        }

                        break;
                    }

                    Rejected++;
                    if (Accepted + Rejected >= options.MaxSteps)
                    {
                        throw new NonConvergenceException(FormattableString.Invariant($"The solver used its budget of {options.MaxSteps} steps at t = {Preconditions.Format(t)}. Loosen the tolerances or raise maxSteps."));
                    }

                    step *= ok ? Math.Max(0.2, 0.9 * Math.Pow(err, -1.0 / 3.0)) : 0.25;
                    lands = false;
                    h = step;
                    if (step < hMin)
                    {
                        throw new NonConvergenceException(FormattableString.Invariant($"The step size fell below {Preconditions.Format(hMin)} at t = {Preconditions.Format(t)}: the problem may have a singularity there, or the tolerances are too tight."));
                    }
                }
            }
        }

        private bool GoesNegative()
        {
            for (var i = 0; i < n; i++)
            {
                if (yNew[i] < -atol)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>One step of size <paramref name="step"/>, accepted whatever its error estimate.</summary>
        internal void FixedStep(double[] y, double step)
        {
            Jacobian(f, t, y, f0, yTemp, jacobian, atol / rtol);
            Evaluations += n;
            var dt = SqrtEps * Math.Max(Math.Abs(t), step);
            Eval(t + dt, y, dfdt);
            for (var i = 0; i < n; i++)
            {
                dfdt[i] = (dfdt[i] - f0[i]) / dt;
            }

            TryStep(y, step, out var ok);
            if (!ok)
            {
                throw new NonConvergenceException(FormattableString.Invariant($"The fixed step {Preconditions.Format(step)} at t = {Preconditions.Format(t)} gave a singular or non-finite result."));
            }

            t += step;
            Array.Copy(yNew, y, n);
            Array.Copy(f2, f0, n);
        }

        /// <summary>One ode23s step of size h from (t, y); leaves the result in yNew and f(t+h, yNew) in f2; returns the error norm.</summary>
        private double TryStep(double[] y, double step, out bool ok)
        {
            var m = lu.Matrix;
            var hd = step * D;
            for (var i = 0; i < m.Length; i++)
            {
                m[i] = -hd * jacobian[i];
            }

            for (var i = 0; i < n; i++)
            {
                m[(i * n) + i] += 1;
            }

            if (!lu.Factor())
            {
                ok = false;
                return double.PositiveInfinity;
            }

            for (var i = 0; i < n; i++)
            {
                k1[i] = f0[i] + (hd * dfdt[i]);
            }

            lu.Solve(k1);
            for (var i = 0; i < n; i++)
            {
                yTemp[i] = y[i] + (0.5 * step * k1[i]);
            }

            Eval(t + (0.5 * step), yTemp, f1);
            for (var i = 0; i < n; i++)
            {
                k2[i] = f1[i] - k1[i];
            }

            lu.Solve(k2);
            for (var i = 0; i < n; i++)
            {
                k2[i] += k1[i];
                yNew[i] = y[i] + (step * k2[i]);
            }

            Eval(t + step, yNew, f2);
            for (var i = 0; i < n; i++)
            {
                k3[i] = f2[i] - (E32 * (k2[i] - f1[i])) - (2 * (k1[i] - f0[i])) + (hd * dfdt[i]);
            }

            lu.Solve(k3);
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                var e = step / 6 * (k1[i] - (2 * k2[i]) + k3[i]);
                var w = atol + (rtol * Math.Max(Math.Abs(y[i]), Math.Abs(yNew[i])));
                var r = e / w;
                sum += r * r;
            }

            var norm = Math.Sqrt(sum / n);
            ok = double.IsFinite(norm);
            return ok ? norm : double.PositiveInfinity;
        }

        private void Eval(double time, double[] state, double[] result)
        {
            f(time, state, result);
            Evaluations++;
        }
    }
}
