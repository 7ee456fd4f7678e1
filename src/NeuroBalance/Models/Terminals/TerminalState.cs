using NeuroBalance.Internal;
using NeuroBalance.Quantities;

namespace NeuroBalance.Models.Terminals;

/// <summary>A snapshot of a terminal model: every named state variable's concentration. Immutable.</summary>
public sealed class TerminalState
{
    private readonly double[] micromolar;

    internal TerminalState(IReadOnlyList<string> names, double[] micromolar)
    {
        Names = names;
        this.micromolar = (double[])micromolar.Clone();
    }

    /// <summary>Gets the state names, in the model's order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The concentration of a state variable.</summary>
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

        throw new InvalidParameterException($"There is no state named '{name}'. Known states: {string.Join(", ", Names)}.", nameof(name));
    }

    internal double[] ToArray() => (double[])micromolar.Clone();

    /// <inheritdoc />
    public override string ToString() =>
        string.Join(", ", Names.Select((n, i) => $"{n} = {Concentration.FromMicromolar(Math.Max(0, micromolar[i]))}"));
}
