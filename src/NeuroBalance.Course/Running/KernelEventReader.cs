using Microsoft.DotNet.Interactive.Events;

namespace NeuroBalance.Course.Running;

/// <summary>Turns the kernel's events for one cell into outputs and errors.</summary>
/// <remarks>
/// A compile error arrives as a <see cref="CommandFailed"/> whose message already lists the
/// diagnostics, so <see cref="DiagnosticsProduced"/> events are not read separately.
/// </remarks>
internal static class KernelEventReader
{
    internal static (IReadOnlyList<CellOutput> Outputs, IReadOnlyList<string> Errors) Read(IEnumerable<KernelEvent> events)
    {
        var outputs = new List<CellOutput>();
        var errors = new List<string>();
        var index = 0;
        foreach (var kernelEvent in events)
        {
            switch (kernelEvent)
            {
                case ErrorProduced error:
                    errors.Add(error.Message);
                    break;
                case CommandFailed failed:
                    errors.Insert(0, failed.Message);
                    break;
                case DisplayEvent display:
                    var kind = display switch
                    {
                        ReturnValueProduced => CellOutputKind.ReturnValue,
                        StandardOutputValueProduced => CellOutputKind.StandardOutput,
                        StandardErrorValueProduced => CellOutputKind.StandardError,
                        _ => CellOutputKind.Display,
                    };
                    var eventIndex = index++;
                    outputs.AddRange(display.FormattedValues.Select(v => new CellOutput(kind, v.MimeType, v.Value, eventIndex)));
                    break;
            }
        }

        return (outputs, errors);
    }
}
