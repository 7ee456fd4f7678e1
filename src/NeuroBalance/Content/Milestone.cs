using NeuroBalance.Content.Loading;

namespace NeuroBalance.Content;

/// <summary>A dated milestone of the field's history.</summary>
/// <param name="Year">The year of publication.</param>
/// <param name="Title">What happened, in a few words.</param>
/// <param name="Text">Why it matters, in plain language.</param>
/// <param name="Field">Neurochemistry, endocrinology, psychiatry, physiology, pharmacology or systems.</param>
/// <param name="References">The sources (the original paper where possible).</param>
/// <param name="Location">Where it is defined.</param>
public sealed record Milestone(int Year, string Title, string Text, string Field, IReadOnlyList<Reference> References, ContentLocation Location)
{
    /// <summary>The allowed fields.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["neurochemistry", "endocrinology", "psychiatry", "physiology", "pharmacology", "systems"];

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Year}: {Title}");
}
