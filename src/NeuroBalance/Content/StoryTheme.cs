using NeuroBalance.Content.Loading;

namespace NeuroBalance.Content;

/// <summary>One thread of the origin story, for example "balance as homeostasis".</summary>
/// <param name="Id">Content id.</param>
/// <param name="Title">The theme's title.</param>
/// <param name="Text">The story, in plain language.</param>
/// <param name="References">The sources.</param>
/// <param name="Location">Where it is defined.</param>
public sealed record StoryTheme(string Id, string Title, string Text, IReadOnlyList<Reference> References, ContentLocation Location);
