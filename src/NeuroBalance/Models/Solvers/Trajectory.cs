using NeuroBalance.Internal;

namespace NeuroBalance.Models.Solvers;

/// <summary>
/// A model run: every named state variable as a <see cref="TimeSeries"/> over the same output times. Immutable.
/// </summary>
public sealed class Trajectory
{
    private readonly Dictionary<string, int> index;
    private readonly double[][] states;

    /// <summary>Creates a trajectory from a solver run.</summary>
    /// <param name="stateNames">One unique, non-blank name per state component.</param>
    /// <param name="unit">The unit of every state, e.g. "µM".</param>
    /// <param name="timeUnit">The time unit, e.g. "h".</param>
    /// <param name="solution">The solver output.</param>
    /// <exception cref="InvalidParameterException">The names do not match the state size or repeat.</exception>
    public Trajectory(IReadOnlyList<string> stateNames, string unit, string timeUnit, OdeSolution solution)
    {
        Preconditions.CheckNotNull(nameof(solution), solution);
        StateNames = Preconditions.CheckNotNull(nameof(stateNames), stateNames).ToArray();
        Unit = Preconditions.CheckNotBlank(nameof(unit), unit);
        TimeUnit = Preconditions.CheckNotBlank(nameof(timeUnit), timeUnit);
        if (StateNames.Count != solution.States[0].Length)
        {
            throw new InvalidParameterException(FormattableString.Invariant($"stateNames has {StateNames.Count} names but the state has {solution.States[0].Length} components."), nameof(stateNames));
        }

        index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < StateNames.Count; i++)
        {
            if (!index.TryAdd(Preconditions.CheckNotBlank(FormattableString.Invariant($"stateNames[{i}]"), StateNames[i]), i))
            {
                throw new InvalidParameterException(FormattableString.Invariant($"stateNames has '{StateNames[i]}' twice."), nameof(stateNames));
            }
        }

        Times = solution.Times;
        states = [.. solution.States];
        Solution = solution;
    }

    /// <summary>Gets the state names, in state-vector order.</summary>
    public IReadOnlyList<string> StateNames { get; }

    /// <summary>Gets the unit of the states.</summary>
    public string Unit { get; }

    /// <summary>Gets the time unit.</summary>
    public string TimeUnit { get; }

    /// <summary>Gets the output times.</summary>
    public IReadOnlyList<double> Times { get; }

    /// <summary>Gets the raw solver output (including step counts).</summary>
    public OdeSolution Solution { get; }

    /// <summary>The named state over time (a convenience for exploring; prefer the typed handles such as <c>DopamineTerminal.Eda</c>).</summary>
    /// <param name="name">A state name (case-insensitive), one of <see cref="StateNames"/>.</param>
    /// <returns>The time series.</returns>
    /// <exception cref="InvalidParameterException">No state has that name.</exception>
    public TimeSeries this[string name] => new(name, Unit, TimeUnit, Times, states.Select(s => s[IndexOf(name)]).ToArray());

    /// <summary>The state over time, by its typed handle, e.g. <c>run[DopamineTerminal.Eda]</c>.</summary>
    /// <param name="variable">A state variable of the model this trajectory ran.</param>
    /// <returns>The time series.</returns>
    /// <exception cref="InvalidParameterException">The variable is not a state of this trajectory.</exception>
    public TimeSeries this[IStateVariable variable]
    {
        get
        {
            Preconditions.CheckNotNull(nameof(variable), variable);
            if (variable.Index >= StateNames.Count || StateNames[variable.Index] != variable.Name)
            {
                throw new InvalidParameterException(FormattableString.Invariant($"{variable.Name} is a state of {variable.Model.Name}, not of this trajectory ({string.Join(", ", StateNames)})."), nameof(variable));
            }

            return new(variable.Name, Unit, TimeUnit, Times, states.Select(s => s[variable.Index]).ToArray());
        }
    }

    /// <summary>The state vector at the last output time, by name.</summary>
    /// <returns>Name → value.</returns>
    public IReadOnlyDictionary<string, double> FinalState() =>
        StateNames.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => states[^1][p.i]);

    private int IndexOf(string name) =>
        index.TryGetValue(Preconditions.CheckNotBlank(nameof(name), name), out var i)
            ? i
            : throw new InvalidParameterException(FormattableString.Invariant($"There is no state named '{name}'. Known states: {string.Join(", ", StateNames)}."), nameof(name));
}
