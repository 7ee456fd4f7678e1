using NeuroBalance.Models.Terminals;
using NeuroBalance.Science;

namespace NeuroBalance.Tests.Models.Terminals;

/// <summary>The parameter tables the course shows: every constant has a source, or is labelled an estimate.</summary>
public sealed class TerminalParameterTableTests
{
    public static TheoryData<string> ModelNames => new() { "dopamine", "serotonin", "gaba" };

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void EveryParameter_HasASourceOrIsLabelledAnEstimate(string name)
    {
        var model = Model(name);
        Assert.All(model.Parameters, p =>
        {
            Assert.True(double.IsFinite(p.Value), p.Symbol);
            Assert.False(string.IsNullOrWhiteSpace(p.Unit), p.Symbol);
            if (p.Source is null || p.Evidence == EvidenceLevel.Illustrative)
            {
                Assert.True(p.Evidence == EvidenceLevel.Illustrative && (p.Note.Contains("estimate", StringComparison.OrdinalIgnoreCase) || p.Note.Contains("illustrative", StringComparison.OrdinalIgnoreCase)), $"{p.Symbol}: {p}");
            }
        });
        Assert.Equal(model.Parameters.Count, model.Parameters.Select(p => p.Symbol).Distinct().Count());
    }

    [Fact]
    public void SerotoninTable_ListsTheUptake2AndLeakConstants()
    {
        // Regression: Vmax_UP2, the uptake-2 share and the cytosol–extracellular leak were used in the
        // rate laws but missing from the table.
        var symbols = SerotoninTerminal.Default.Parameters.Select(p => p.Symbol).ToHashSet();
        Assert.Subset(symbols, new HashSet<string> { "Vmax_UP2", "f_UP2", "Km_UP2", "k_leak" });
    }

    private static TerminalModel Model(string name) => name switch
    {
        "dopamine" => DopamineTerminal.Default,
        "serotonin" => SerotoninTerminal.Default,
        _ => GabaTerminal.Default,
    };
}
