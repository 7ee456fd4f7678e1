using NeuroBalance.Internal;
using NeuroBalance.Models.Solvers;
using NeuroBalance.Quantities;

namespace NeuroBalance.Models.Terminals;

/// <summary>
/// A nerve-terminal model: a system of ODEs over named concentrations (µM, time in hours) with sourced
/// constants. Subclasses are immutable; their <c>With…</c> methods return changed copies, which is how
/// scenarios are built.
/// </summary>
public abstract class TerminalModel
{
    /// <summary>The longest simulation accepted: 8 weeks.</summary>
    public static readonly Duration MaxDuration = Duration.FromWeeks(8);

    /// <summary>The most output points per simulation.</summary>
    public const int MaxPoints = 100_000;

    /// <summary>Gets a short name of the model, e.g. "Dopamine terminal (Best et al. 2009)".</summary>
    public abstract string Name { get; }

    /// <summary>Gets the state names, in state-vector order.</summary>
    public abstract IReadOnlyList<string> StateNames { get; }

    /// <summary>Gets the model's constants with their sources.</summary>
    public abstract IReadOnlyList<ModelParameter> Parameters { get; }

    /// <summary>Gets a state from which the steady-state search starts (the published steady state where there is one).</summary>
    public abstract TerminalState InitialGuess { get; }

    /// <summary>Gets the options used by the time integrations (relative 1e-6, absolute 1e-10 µM by default).</summary>
    public SolverOptions IntegrationOptions { get; init; } = new(1e-6, 1e-10);

    /// <summary>The steady state of this model (all time derivatives zero), found from <see cref="InitialGuess"/>.</summary>
    /// <param name="options">Tolerances; default <see cref="SteadyStateFinder.DefaultOptions"/>.</param>
    /// <returns>The steady state.</returns>
    /// <exception cref="NonConvergenceException">No steady state was found.</exception>
    public TerminalState SteadyState(SolverOptions? options = null) =>
        new(GetType(), StateNames, SteadyStateFinder.Find(Derivatives, InitialGuess.ToArray(), options));

    /// <summary>Runs this model from a given state.</summary>
    /// <param name="start">The starting state, usually another model's <see cref="SteadyState"/>.</param>
    /// <param name="duration">How long to simulate. Range: 0 &lt; duration ≤ 8 weeks.</param>
    /// <param name="points">Output points, equally spaced, both ends included. Range: 2 ≤ points ≤ 100 000. Default 241.</param>
    /// <returns>The trajectory, in µM over hours.</returns>
    /// <exception cref="ParameterOutOfRangeException">A value is out of range.</exception>
    /// <exception cref="InvalidParameterException">The state belongs to a different model.</exception>
    public Trajectory Simulate(TerminalState start, Duration duration, int points = 241)
    {
        var y0 = CheckOwnState(nameof(start), start);
        Preconditions.CheckRange(nameof(duration), duration.Hours, 1e-9, MaxDuration.Hours, "h");
        Preconditions.CheckRange(nameof(points), points, 2, MaxPoints);
        var solution = RosenbrockSolver.Solve(Derivatives, y0, 0, duration.Hours, points, WithStepBudgetFor(points), nonNegative: true);
        return new Trajectory(StateNames, "µM", "h", solution);
    }

    /// <summary>
    /// The response to a change: starts at this model's steady state and runs <paramref name="changed"/>
    /// (for example this model with a higher firing rate) for <paramref name="duration"/>.
    /// </summary>
    /// <param name="changed">The changed model, of the same kind.</param>
    /// <param name="duration">How long to follow the response. Range: 0 &lt; duration ≤ 8 weeks.</param>
    /// <param name="points">Output points. Range: 2 ≤ points ≤ 100 000. Default 241.</param>
    /// <returns>The trajectory.</returns>
    /// <exception cref="InvalidParameterException"><paramref name="changed"/> is a different kind of model.</exception>
    public Trajectory Respond(TerminalModel changed, Duration duration, int points = 241)
    {
        Preconditions.CheckNotNull(nameof(changed), changed);
        if (changed.GetType() != GetType())
        {
            throw new InvalidParameterException(FormattableString.Invariant($"changed is a {changed.Name} but this is a {Name}; pass this model with a change, e.g. model.WithFiring(...)."), nameof(changed));
        }

        return changed.Simulate(SteadyState(), duration, points);
    }

    /// <summary>
    /// <see cref="IntegrationOptions"/> with a step budget that the requested output can be met within: the solver
    /// takes at least one step per output interval, so a fixed budget would fail long, dense runs (8 weeks at
    /// 100 000 points) with advice to "raise maxSteps" that the caller of <see cref="Respond"/> cannot follow.
    /// </summary>
    private SolverOptions WithStepBudgetFor(int points)
    {
        var budget = Math.Min(10_000_000, Math.Max(IntegrationOptions.MaxSteps, (20 * points) + 100_000));
        return budget == IntegrationOptions.MaxSteps
            ? IntegrationOptions
            : new SolverOptions(IntegrationOptions.RelativeTolerance, IntegrationOptions.AbsoluteTolerance, budget);
    }

    /// <summary>The right-hand side of the ODE system, in µM/h.</summary>
    /// <param name="t">Time in hours.</param>
    /// <param name="y">State in µM, in <see cref="StateNames"/> order.</param>
    /// <param name="dydt">Receives the derivatives.</param>
    public abstract void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt);

    /// <summary>Checks a dimensionless scaling factor (expression, density, activity multipliers).</summary>
    private protected static double CheckScale(string name, double factor) =>
        Preconditions.CheckRange(name, factor, 0, 100);

    /// <summary>", MAO-A inhibited 90%, MAO-B 0% (MAO-A 90% / MAO-B 10%)" for a description, or empty without inhibition.</summary>
    private protected static string MaoInhibitionText(double maoA, double maoB, Transport.MaoSubstrateShare share) =>
        maoA == 0 && maoB == 0
            ? string.Empty
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $", MAO-A inhibited {maoA * 100:G3}%, MAO-B {maoB * 100:G3}% ({share})");

    /// <summary>
    /// Checks that <paramref name="state"/> is a state of this kind of model (same state names, in order)
    /// and returns its values in µM.
    /// </summary>
    /// <exception cref="ArgumentNullException">The state is null.</exception>
    /// <exception cref="InvalidParameterException">The state belongs to a different model.</exception>
    private protected double[] CheckOwnState(string paramName, TerminalState state)
    {
        Preconditions.CheckNotNull(paramName, state);
        if (!state.Names.SequenceEqual(StateNames))
        {
            throw new InvalidParameterException(FormattableString.Invariant($"{paramName} has the states ({string.Join(", ", state.Names)}) but {Name} has ({string.Join(", ", StateNames)}). Pass a state of this model, e.g. its SteadyState()."), paramName);
        }

        return state.ToArray();
    }

    /// <summary>Creates the state object for this model from values in µM.</summary>
    private protected TerminalState State(params double[] micromolar) => new(GetType(), StateNames, micromolar);

    /// <inheritdoc />
    public override string ToString() => Name;
}
