using System.Globalization;
using System.Text.RegularExpressions;
using NeuroBalance.Science;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NeuroBalance.Content.Loading;

/// <summary>
/// Reads one YAML mapping against the schema that its caller states field by field: required and
/// optional fields, their types, allowed values and ranges. Every problem is reported to the
/// <see cref="ErrorSink"/> with the file, the line and column of the offending node and its path;
/// fields that the schema does not know are reported by <see cref="Finish"/>, with the closest
/// known field name. Readers never throw for bad content: they return a neutral value and record
/// the error, so that one load reports every problem.
/// </summary>
internal sealed partial class MapReader
{
    private readonly YamlMappingNode node;
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    public MapReader(YamlMappingNode node, string file, string path, ErrorSink errors, ContentContext context)
    {
        this.node = node;
        File = file;
        Path = path;
        Errors = errors;
        Context = context;
    }

    public string File { get; }

    public string Path { get; }

    public ErrorSink Errors { get; }

    public ContentContext Context { get; }

    public Mark Start => node.Start;

    public ContentLocation Location => new(File, (int)node.Start.Line);

    /// <summary>Creates a reader for a node that must be a mapping, or reports what it is instead.</summary>
    public static MapReader? For(YamlNode node, string file, string path, ErrorSink errors, ContentContext context)
    {
        if (node is YamlMappingNode mapping)
        {
            return new MapReader(mapping, file, path, errors, context);
        }

        errors.Add(file, node.Start, path, $"expected a mapping (key: value lines), found {Describe(node)}.");
        return null;
    }

    public string Child(string key) => Path.Length == 0 ? key : Path + "." + key;

    public void ErrorAt(YamlNode at, string path, string message) => Errors.Add(File, at.Start, path, message);

    public void Error(string key, string message) =>
        Errors.Add(File, Node(key)?.Start ?? node.Start, Child(key), message);

    /// <summary>A required, non-blank text field.</summary>
    public string Text(string key) => OptionalText(key) ?? Missing(key, "a text", string.Empty);

    /// <summary>An optional text field; blank counts as absent.</summary>
    public string? OptionalText(string key)
    {
        var value = Node(key);
        if (value is null)
        {
            return null;
        }

        if (value is YamlScalarNode scalar)
        {
            var text = scalar.Value?.Trim();
            return string.IsNullOrEmpty(text) ? null : text;
        }

        ErrorAt(value, Child(key), $"'{key}' must be a text, found {Describe(value)}.");
        return null;
    }

    /// <summary>A required identifier: lower-case letters, digits and hyphens.</summary>
    public string Id(string key = "id")
    {
        var id = Text(key);
        if (id.Length > 0 && !IdPattern().IsMatch(id))
        {
            Error(key, $"'{id}' is not a valid id: use lower-case letters, digits and hyphens, starting with a letter or digit (for example 'mao-a').");
        }

        return id;
    }

    /// <summary>A required integer within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Integer(string key, int min, int max)
    {
        var value = Node(key);
        if (value is null)
        {
            return Missing(key, $"an integer in [{min}, {max}]", 0);
        }

        if (value is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            if (number >= min && number <= max)
            {
                return number;
            }

            ErrorAt(value, Child(key), $"'{key}' must be in [{min}, {max}], found {number}.");
            return 0;
        }

        ErrorAt(value, Child(key), $"'{key}' must be an integer, found {Describe(value)}.");
        return 0;
    }

    /// <summary>An optional finite number.</summary>
    public double? OptionalNumber(string key)
    {
        var value = Node(key);
        if (value is null)
        {
            return null;
        }

        if (value is YamlScalarNode { Value: { } text }
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number))
        {
            return number;
        }

        ErrorAt(value, Child(key), $"'{key}' must be a finite number (like 0.2 or 1e-3), found {Describe(value)}.");
        return null;
    }

    /// <summary>An optional true/false field.</summary>
    public bool Flag(string key, bool defaultValue = false)
    {
        var value = Node(key);
        if (value is null)
        {
            return defaultValue;
        }

        if (value is YamlScalarNode { Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        ErrorAt(value, Child(key), $"'{key}' must be true or false, found {Describe(value)}.");
        return defaultValue;
    }

    /// <summary>A required field whose text must be one of the keys of <paramref name="allowed"/>.</summary>
    public T Choice<T>(string key, IReadOnlyDictionary<string, T> allowed, T fallback)
    {
        var text = Text(key);
        if (text.Length == 0)
        {
            return fallback;
        }

        if (allowed.TryGetValue(text, out var value))
        {
            return value;
        }

        Error(key, $"'{key}' must be one of {string.Join(", ", allowed.Keys)}; found '{text}'{Suggestions.DidYouMean(text, allowed.Keys)}.");
        return fallback;
    }

    /// <summary>The required evidence level: human, primate, rodent, in-vitro, model or illustrative.</summary>
    public EvidenceLevel Evidence(string key = "evidence") => Choice(key, EvidenceNames.ByName, EvidenceLevel.Illustrative);

    /// <summary>A list of texts; <paramref name="minCount"/> of 0 makes the field optional.</summary>
    public IReadOnlyList<string> TextList(string key, int minCount = 0) =>
        Items(key, minCount, (item, path) =>
        {
            if (item is YamlScalarNode { Value: { } text } && text.Trim().Length > 0)
            {
                return text.Trim();
            }

            ErrorAt(item, path, $"each item of '{key}' must be a non-empty text, found {Describe(item)}.");
            return null;
        });

    /// <summary>A list of mappings, each read by <paramref name="read"/>; <paramref name="minCount"/> of 0 makes it optional.</summary>
    public IReadOnlyList<T> List<T>(string key, int minCount, Func<MapReader, T> read) =>
        Items(key, minCount, (item, path) =>
        {
            var reader = For(item, File, path, Errors, Context);
            if (reader is null)
            {
                return default;
            }

            var result = read(reader);
            reader.Finish();
            return result;
        });

    /// <summary>An optional nested mapping read by <paramref name="read"/>.</summary>
    public T? Optional<T>(string key, Func<MapReader, T> read)
        where T : class
    {
        var value = Node(key);
        if (value is null)
        {
            return null;
        }

        var reader = For(value, File, Child(key), Errors, Context);
        if (reader is null)
        {
            return null;
        }

        var result = read(reader);
        reader.Finish();
        return result;
    }

    /// <summary>Reports every field that the schema did not ask for, with the closest known name.</summary>
    public void Finish()
    {
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!known.Contains(name))
            {
                ErrorAt(key, Child(name), $"unknown field '{name}'{Suggestions.DidYouMean(name, known)}; allowed here: {string.Join(", ", known)}.");
            }
        }
    }

    /// <summary>The node of a field, or null; also marks the field as part of the schema.</summary>
    public YamlNode? Node(string key)
    {
        known.Add(key);
        return node.Children.TryGetValue(new YamlScalarNode(key), out var value)
            && !(value is YamlScalarNode { Value: null or "" or "~" or "null" } scalar && scalar.Style == ScalarStyle.Plain)
            ? value
            : null;
    }

    internal static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: var v } => $"'{v}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "something else",
    };

    private IReadOnlyList<T> Items<T>(string key, int minCount, Func<YamlNode, string, T?> read)
    {
        var value = Node(key);
        if (value is null)
        {
            if (minCount > 0)
            {
                Missing(key, $"a list with at least {minCount} item{(minCount == 1 ? string.Empty : "s")}", 0);
            }

            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            ErrorAt(value, Child(key), $"'{key}' must be a list (lines starting with '- ' or [a, b]), found {Describe(value)}.");
            return [];
        }

        if (sequence.Children.Count < minCount)
        {
            ErrorAt(value, Child(key), $"'{key}' needs at least {minCount} item{(minCount == 1 ? string.Empty : "s")}, found {sequence.Children.Count}.");
        }

        var items = new List<T>(sequence.Children.Count);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (read(sequence.Children[i], $"{Child(key)}[{i}]") is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    private T Missing<T>(string key, string what, T fallback)
    {
        Errors.Add(File, node.Start, Child(key), $"missing required field '{key}' ({what}).");
        return fallback;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}
