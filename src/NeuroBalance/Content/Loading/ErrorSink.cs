using YamlDotNet.Core;

namespace NeuroBalance.Content.Loading;

/// <summary>Collects the problems found while loading, so that one run reports all of them.</summary>
internal sealed class ErrorSink
{
    private readonly List<ContentError> errors = [];

    public IReadOnlyList<ContentError> Errors => errors;

    public void Add(string file, Mark mark, string path, string message) =>
        errors.Add(new ContentError(file, ToInt(mark.Line), ToInt(mark.Column), path, message));

    public void AddFileLevel(string file, string message) => errors.Add(new ContentError(file, 0, 0, string.Empty, message));

    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors.ToArray());
        }
    }

    private static int ToInt(long value) => (int)Math.Clamp(value, 0, int.MaxValue);
}
