namespace NeuroBalance.Models.Solvers;

/// <summary>A named component of a model's state vector; what a <see cref="Trajectory"/> is indexed by.</summary>
public interface IStateVariable
{
    /// <summary>Gets the state's name, e.g. "eda".</summary>
    string Name { get; }

    /// <summary>Gets the state's position in the state vector.</summary>
    int Index { get; }

    /// <summary>Gets the type of the model the state belongs to.</summary>
    Type Model { get; }
}
