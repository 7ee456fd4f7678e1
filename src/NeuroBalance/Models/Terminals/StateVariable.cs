using NeuroBalance.Models.Solvers;

namespace NeuroBalance.Models.Terminals;

/// <summary>
/// A typed handle on one state variable of a <typeparamref name="TModel"/>, e.g. <see cref="DopamineTerminal.Eda"/>:
/// the compiler checks the name, and a state or trajectory of another model is rejected. Immutable.
/// </summary>
/// <typeparam name="TModel">The model the variable belongs to.</typeparam>
/// <param name="Name">The state's name in <see cref="TerminalModel.StateNames"/>, e.g. "eda".</param>
/// <param name="Index">Its position in the state vector.</param>
/// <param name="Meaning">What it is, in words, e.g. "extracellular dopamine".</param>
public sealed record StateVariable<TModel>(string Name, int Index, string Meaning) : IStateVariable
    where TModel : TerminalModel
{
    /// <inheritdoc />
    public Type Model => typeof(TModel);

    /// <summary>"eda (extracellular dopamine)".</summary>
    /// <returns>The name and meaning.</returns>
    public override string ToString() => FormattableString.Invariant($"{Name} ({Meaning})");
}
