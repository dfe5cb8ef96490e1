using Llama2Validation.Harness.Memory;

namespace Llama2Validation.Harness.Gating;

/// <summary>The gate's view of a memory class; here rather than on the class, because the memory model sits below the gate.</summary>
public static class MemoryClassTarget
{
    extension(MemoryClass memoryClass)
    {
        /// <summary>The matrix target whose runner measures this class.</summary>
        public HardwareTarget HardwareTarget => new(memoryClass.Class, memoryClass.GpuMemory);
    }
}
