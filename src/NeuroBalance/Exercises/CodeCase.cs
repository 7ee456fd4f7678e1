using NeuroBalance.Internal;

namespace NeuroBalance.Exercises;

/// <summary>One input on which a learner's function is compared with the reference. Immutable.</summary>
internal sealed record CodeCase
{
    /// <summary>Creates a case.</summary>
    /// <param name="description">What the input represents, e.g. "no ligand". Must not be blank.</param>
    /// <param name="arguments">The arguments, in the function's parameter order.</param>
    /// <exception cref="InvalidParameterException">The description is blank.</exception>
    public CodeCase(string description, params object?[] arguments)
    {
        Description = Preconditions.CheckNotBlank(nameof(description), description);
        Arguments = arguments ?? [null];
    }

    /// <summary>Gets what the input represents.</summary>
    public string Description { get; }

    /// <summary>Gets the arguments.</summary>
    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>Gets whether this is an edge case (zero, a boundary, an extreme value); labelled as such in feedback.</summary>
    public bool EdgeCase { get; init; }
}
