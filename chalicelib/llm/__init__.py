"""Language-model providers behind one interface: authentic, local, bedrock, openai."""
