"""Operations: metrics, the cost model, the AI power switch and the scheduled report."""
