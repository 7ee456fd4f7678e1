namespace NeuroBalance.Content;

/// <summary>Where a transporter moves its transmitter.</summary>
public enum TransporterKind
{
    /// <summary>From the cytosol into synaptic vesicles (VMAT2, VGAT, VGLUT, VAChT).</summary>
    Vesicular,

    /// <summary>From outside the cell back into it: reuptake (SERT, DAT, NET, GAT, EAAT).</summary>
    Reuptake,
}
