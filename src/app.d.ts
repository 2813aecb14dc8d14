// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** The page is shown inside a collectivité's site (embed mode). */
			embed: boolean;
			/** The signed-in planner, if any. */
			user: { id: number; email: string; nom: string } | null;
		}
	}
}

export {};
