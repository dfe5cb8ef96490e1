namespace Llama2Validation.Harness.GateWorkflow;

/// <summary>The three test programs a gate pass runs, each a self-contained executable in the bundle.</summary>
public enum TestProject
{
    Correctness,
    Memory,
    Performance,
}
