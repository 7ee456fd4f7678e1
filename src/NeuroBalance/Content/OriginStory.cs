
namespace NeuroBalance.Content;

/// <summary>The origin story of the field: its themes and a timeline of dated, sourced milestones.</summary>
/// <param name="Themes">The threads of the story.</param>
/// <param name="Milestones">The milestones, oldest first.</param>
public sealed record OriginStory(IReadOnlyList<StoryTheme> Themes, IReadOnlyList<Milestone> Milestones)
{
    /// <inheritdoc />
    public override string ToString() => string.Join(Environment.NewLine, Milestones.Select(m => m.ToString()));
}
