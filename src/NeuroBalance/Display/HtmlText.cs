using System.Net;

namespace NeuroBalance.Display;

/// <summary>The one HTML encoder of the library's outputs: every piece of text that reaches HTML (content, charts' captions, tables, exercises) goes through it.</summary>
public static class HtmlText
{
    /// <summary>HTML-encodes text; null is empty.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The encoded text, safe in element content and in quoted attribute values.</returns>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
