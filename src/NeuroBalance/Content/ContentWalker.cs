namespace NeuroBalance.Content;

/// <summary>Visits every sourced fact and every measurement of a knowledge base (for tests and citation counts).</summary>
internal static class ContentWalker
{
    /// <summary>Every <see cref="Sources"/> object in the content.</summary>
    /// <param name="kb">The knowledge base.</param>
    /// <returns>The sources of every fact.</returns>
    public static IEnumerable<Sources> AllSources(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        return kb.Enzymes.Select(e => e.Sources)
            .Concat(kb.Transporters.Select(t => t.Sources))
            .Concat(kb.Receptors.SelectMany(r => r.Ligands.Select(l => l.Sources).Prepend(r.Sources)))
            .Concat(kb.Transmitters.SelectMany(t => t.Synthesis.Steps.Select(s => s.Sources)
                .Concat(t.Degradation.Select(d => d.Sources))
                .Concat(t.Functions.Select(f => f.Claim.Sources))
                .Prepend(t.Sources)))
            .Concat(kb.Hormones.SelectMany(h => h.Effects.Select(e => e.Sources)
                .Concat(h.Findings.Select(f => f.Sources))
                .Prepend(h.Sources)))
            .Concat(AllMeasurements(kb).Select(m => m.Sources));
    }

    /// <summary>Every <see cref="Measurement"/> in the content: kinetics, ligand values and other values.</summary>
    /// <param name="kb">The knowledge base.</param>
    /// <returns>The measurements.</returns>
    public static IEnumerable<Measurement> AllMeasurements(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        return kb.Enzymes.SelectMany(e => e.Kinetics)
            .Concat(kb.Transporters.SelectMany(t => t.Kinetics))
            .Concat(kb.Receptors.SelectMany(r => r.Ligands).SelectMany(l => l.Values))
            .Concat(kb.Transmitters.SelectMany(t => t.Values));
    }
}
