using NeuroBalance.Content;

namespace NeuroBalance.Lessons;

/// <summary>
/// Lesson 01's excerpts of the origin story (<see cref="History.Story"/>): one theme with only some of the
/// milestones, so that a cell shows one part of the story. Part of lesson 01's unit (<c>notebooks/01-origin-and-balance/</c>).
/// </summary>
public static class StoryExcerpt
{
    /// <summary>One theme of the story with the milestones up to and including a year.</summary>
    /// <param name="theme">The theme's id, e.g. "homeostasis".</param>
    /// <param name="lastYear">The last year whose milestones are shown.</param>
    /// <returns>The excerpt (shown in a notebook as a timeline).</returns>
    public static OriginStory ThemeWithMilestonesUpTo(string theme, int lastYear) =>
        History.Story with
        {
            Themes = [.. History.Story.Themes.Where(t => t.Id == theme)],
            Milestones = [.. History.Story.Milestones.Where(m => m.Year <= lastYear)],
        };

    /// <summary>One theme of the story with the milestones of some fields.</summary>
    /// <param name="theme">The theme's id, e.g. "networks".</param>
    /// <param name="fields">The fields whose milestones are shown, e.g. "psychiatry", "systems".</param>
    /// <returns>The excerpt (shown in a notebook as a timeline).</returns>
    public static OriginStory ThemeWithMilestonesOf(string theme, params string[] fields) =>
        History.Story with
        {
            Themes = [.. History.Story.Themes.Where(t => t.Id == theme)],
            Milestones = [.. History.Story.Milestones.Where(m => fields.Contains(m.Field))],
        };
}
