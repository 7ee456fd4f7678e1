using NeuroBalance.Internal;
using NeuroBalance.Models.Solvers;
using NeuroBalance.Quantities;

namespace NeuroBalance.Models.Terminals;

/// <summary>A snapshot of a terminal model: every named state variable's concentration. Immutable.</summary>
public sealed class TerminalState
{
    private readonly double[] micromolar;

    private readonly Type model;

    internal TerminalState(Type model, IReadOnlyList<string> names, double[] micromolar)
    {
        this.model = model;
        Names = names;
        this.micromolar = (double[])micromolar.Clone();
    }

    /// <summary>Gets the state names, in the model's order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The concentration of a state variable, e.g. <c>state[DopamineTerminal.Eda]</c>.</summary>
    /// <param name="variable">The variable, a handle of this state's model.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="InvalidParameterException">The variable belongs to another model.</exception>
    public Concentration this[IStateVariable variable] => Concentration.FromMicromolar(Math.Max(0, Micromolar(variable)));

    /// <summary>The value of a state variable in µM, e.g. <c>state.Micromolar(DopamineTerminal.Eda)</c>.</summary>
    /// <param name="variable">The variable, a handle of this state's model.</param>
    /// <returns>The value in µM.</returns>
    /// <exception cref="InvalidParameterException">The variable belongs to another model.</exception>
    public double Micromolar(IStateVariable variable)
    {
        Preconditions.CheckNotNull(nameof(variable), variable);
        if (variable.Model != model || variable.Index >= Names.Count || Names[variable.Index] != variable.Name)
        {
            throw new InvalidParameterException(FormattableString.Invariant($"{variable.Name} is a state of {variable.Model.Name}, but this state is of {model.Name} ({string.Join(", ", Names)})."), nameof(variable));
        }

        return micromolar[variable.Index];
    }

    /// <summary>The concentration of a state variable, by name (a convenience for exploring; prefer the typed handles such as <c>DopamineTerminal.Eda</c>).</summary>
    /// <param name="name">A state name (case-insensitive), one of <see cref="Names"/>.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="InvalidParameterException">No state has that name.</exception>
    public Concentration this[string name] => Concentration.FromMicromolar(Math.Max(0, Micromolar(name)));

    /// <summary>The value of a state variable in µM.</summary>
    /// <param name="name">A state name (case-insensitive).</param>
    /// <returns>The value in µM.</returns>
    /// <exception cref="InvalidParameterException">No state has that name.</exception>
    public double Micromolar(string name)
    {
        Preconditions.CheckNotBlank(nameof(name), name);
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return micromolar[i];
            }
        }

        throw new InvalidParameterException(FormattableString.Invariant($"There is no state named '{name}'. Known states: {string.Join(", ", Names)}."), nameof(name));
    }

    internal double[] ToArray() => (double[])micromolar.Clone();

    /// <inheritdoc />
    public override string ToString() =>
        string.Join(", ", Names.Select((n, i) => FormattableString.Invariant($"{n} = {Concentration.FromMicromolar(Math.Max(0, micromolar[i]))}")));
}
