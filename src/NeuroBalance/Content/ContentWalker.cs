namespace NeuroBalance.Content;

/// <summary>Visits every sourced fact and every measurement of a knowledge base (for tests and citation counts).</summary>
public static class ContentWalker
{
    /// <summary>Every <see cref="Sources"/> object in the content.</summary>
    /// <param name="kb">The knowledge base.</param>
    /// <returns>The sources of every fact.</returns>
    public static IEnumerable<Sources> AllSources(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        foreach (var e in kb.Enzymes)
        {
            yield return e.Sources;
        }

        foreach (var t in kb.Transporters)
        {
            yield return t.Sources;
        }

        foreach (var r in kb.Receptors)
        {
            yield return r.Sources;
            foreach (var l in r.Ligands)
            {
                yield return l.Sources;
            }
        }

        foreach (var t in kb.Transmitters)
        {
            yield return t.Sources;
            foreach (var s in t.Synthesis.Steps)
            {
                yield return s.Sources;
            }

            foreach (var d in t.Degradation)
            {
                yield return d.Sources;
            }

            foreach (var f in t.Functions)
            {
                yield return f.Claim.Sources;
            }
        }

        foreach (var h in kb.Hormones)
        {
            yield return h.Sources;
            foreach (var e in h.Effects)
            {
                yield return e.Sources;
            }

            foreach (var f in h.Findings)
            {
                yield return f.Sources;
            }
        }

        foreach (var m in AllMeasurements(kb))
        {
            yield return m.Sources;
        }
    }

    /// <summary>Every <see cref="Measurement"/> in the content: kinetics, affinities and other values.</summary>
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
