using System.Text.Json;

namespace NeuroBalance.Course.Linting.Rules;

/// <summary>NB004: the <c>#!meta</c> block with <c>kernelInfo</c> is present.</summary>
public sealed class KernelMetadataRule() : LintRule(new(LintRules.KernelMetadata, "Kernel metadata", LintSeverity.Error, "The `#!meta` block with `kernelInfo` is present"))
{
    /// <inheritdoc />
    protected override void Inspect(LintTarget target, Action<int, string> report)
    {
        var file = target.Notebook;
        var hasKernelInfo = false;
        if (file.MetaJson is not null)
        {
            using var json = JsonDocument.Parse(file.MetaJson);
            hasKernelInfo = json.RootElement.TryGetProperty("kernelInfo", out var info) && info.ValueKind == JsonValueKind.Object;
        }

        if (!hasKernelInfo)
        {
            report(Math.Max(file.MetaLine, 1), "the '#!meta' block with kernelInfo is missing. Start the file with the '#!meta' block copied from notebooks/00-start-here.dib.");
        }
    }
}
