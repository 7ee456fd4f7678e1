using System.Net;

namespace NeuroBalance.Course.Site;

/// <summary>Small HTML helpers: every text from a notebook goes through <see cref="Encode"/>.</summary>
internal static class Html
{
    /// <summary>HTML-encodes text (for element content and attribute values).</summary>
    internal static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
